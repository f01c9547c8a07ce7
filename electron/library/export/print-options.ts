/**
 * How a briefing is printed to PDF, for the two Chromium front ends that print it:
 * Electron's webContents.printToPDF in the app and Playwright's page.pdf in tests and
 * the CLI. Same paper, margins and footer; only the option names and units differ.
 * Page numbers come from Chromium's footer template (CSS cannot number pages there).
 */
import { escapeHtml } from './escape-html';
import type { PageSize } from './types';

/** Page margins in millimetres; the bottom leaves room for the footer. */
export const PAGE_MARGINS_MM = { top: 20, right: 22, bottom: 20, left: 22 } as const;


/** The @page rule, so printing the HTML file from a browser gives the same pages. */
export function pageCss(pageSize: PageSize): string {
  const { top, right, bottom, left } = PAGE_MARGINS_MM;
  return `@page { size: ${pageSize}; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm; }`;
}

/**
 * The footer: briefing title left, "Page N of M" right. Chromium renders templates apart
 * from the page, without its stylesheet or fonts, and with a zero default font size.
 */
export function footerTemplate(title: string): string {
  const { left, right } = PAGE_MARGINS_MM;
  const box =
    `width:100%;margin:0 ${right}mm 0 ${left}mm;padding-top:2mm;border-top:0.5pt solid #c8ccd2;` +
    `display:flex;justify-content:space-between;gap:8mm;` +
    `font-family:'Inter','DejaVu Sans','Helvetica Neue',Arial,sans-serif;font-size:7.5pt;color:#5b6270;` +
    `-webkit-print-color-adjust:exact;print-color-adjust:exact;`;
  const ellipsis = 'overflow:hidden;white-space:nowrap;text-overflow:ellipsis;';
  return (
    `<div style="${box}"><span style="${ellipsis}">${escapeHtml(title)}</span>` +
    `<span style="white-space:nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
  );
}

/** An empty header: without it Chromium prints the date and file name at the top. */
export const HEADER_TEMPLATE = '<span></span>';

/** Shared print settings, in the units of neither API. */
export interface PrintOptions {
  pageSize: PageSize;
  marginsMm: { top: number; right: number; bottom: number; left: number };
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
  printBackground: true;
  preferCSSPageSize: false;
}

export function printOptions(pageSize: PageSize, title: string): PrintOptions {
  return {
    pageSize,
    marginsMm: { ...PAGE_MARGINS_MM },
    displayHeaderFooter: true,
    headerTemplate: HEADER_TEMPLATE,
    footerTemplate: footerTemplate(title),
    printBackground: true,
    preferCSSPageSize: false,
  };
}

/** The shape of Electron 45's PrintToPDFOptions that we use (margins in inches). */
export interface ElectronPdfOptions {
  pageSize: PageSize;
  margins: { top: number; right: number; bottom: number; left: number };
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  printBackground: boolean;
  preferCSSPageSize: boolean;
  generateTaggedPDF: boolean;
  generateDocumentOutline: boolean;
}

const inches = (mm: number) => Math.round((mm / 25.4) * 1000) / 1000;

/** For `webContents.printToPDF(options)` in the main process. */
export function electronPrintOptions(pageSize: PageSize, title: string): ElectronPdfOptions {
  const o = printOptions(pageSize, title);
  const m = o.marginsMm;
  return {
    pageSize,
    margins: { top: inches(m.top), right: inches(m.right), bottom: inches(m.bottom), left: inches(m.left) },
    displayHeaderFooter: o.displayHeaderFooter,
    headerTemplate: o.headerTemplate,
    footerTemplate: o.footerTemplate,
    printBackground: o.printBackground,
    preferCSSPageSize: o.preferCSSPageSize,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

/** The shape of Playwright's page.pdf options that we use (margins as CSS lengths). */
export interface PlaywrightPdfOptions {
  format: PageSize;
  margin: { top: string; right: string; bottom: string; left: string };
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  printBackground: boolean;
  preferCSSPageSize: boolean;
  tagged: boolean;
  outline: boolean;
}

/** For Playwright's `page.pdf(options)` (tests, CLI). */
export function playwrightPdfOptions(pageSize: PageSize, title: string): PlaywrightPdfOptions {
  const o = printOptions(pageSize, title);
  const m = o.marginsMm;
  return {
    format: pageSize,
    margin: { top: `${m.top}mm`, right: `${m.right}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm` },
    displayHeaderFooter: o.displayHeaderFooter,
    headerTemplate: o.headerTemplate,
    footerTemplate: o.footerTemplate,
    printBackground: o.printBackground,
    preferCSSPageSize: o.preferCSSPageSize,
    tagged: true,
    outline: true,
  };
}
