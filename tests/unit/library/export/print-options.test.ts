import { describe, expect, it } from 'vitest';
import { electronPrintOptions, playwrightPdfOptions } from '../../../../electron/library/export';

describe('print options for Chromium', () => {
  const title = 'Strait crisis: <what> each "government" said';

  it('give Electron printToPDF a page size and margins in inches', () => {
    const options = electronPrintOptions('Letter', title);
    expect(options.pageSize).toBe('Letter');
    expect(options.margins.left).toBeCloseTo(22 / 25.4, 3);
    expect(options.displayHeaderFooter).toBe(true);
    expect(options.preferCSSPageSize).toBe(false);
    expect(options.printBackground).toBe(true);
  });

  it('give Playwright page.pdf a format and margins as CSS lengths', () => {
    const options = playwrightPdfOptions('A4', title);
    expect(options.format).toBe('A4');
    expect(options.margin).toEqual({ top: '20mm', right: '22mm', bottom: '20mm', left: '22mm' });
  });

  it('put "Page N of M" and the escaped briefing title in the footer, and nothing in the header', () => {
    const { footerTemplate, headerTemplate } = playwrightPdfOptions('A4', title);
    expect(footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(footerTemplate).toContain('Strait crisis: &lt;what&gt; each &quot;government&quot; said');
    expect(headerTemplate).toBe('<span></span>');
    expect(electronPrintOptions('A4', title).footerTemplate).toBe(footerTemplate);
  });
});
