import type { LibraryApi } from '../common/api';
import { isWebUrl } from './articles/metadata';
import { libraryError } from './errors';
import type { Library } from './library';

/** What the host (Electron, or the test harness) provides that the library cannot do itself. */
export interface Platform {
  /** Opens an http(s) URL in the system browser. */
  openExternal(url: string): Promise<void>;
}

/**
 * The library's implementation of the API contract. Main binds it to IPC, the test
 * harness to Playwright's exposeBinding: one implementation, two transports.
 */
export function createLibraryApi(lib: Library, platform: Platform): LibraryApi {
  return {
    library: {
      info: async () => lib.info(),
    },
    articles: {
      list: async (query) => lib.listArticles(query),
      get: (id) => lib.getArticle(id),
      import: (items) => lib.importItems(items),
      update: (id, patch) => lib.updateArticle(id, patch),
      trash: (ids) => lib.trash(ids),
      restore: (ids) => lib.restore(ids),
      purge: (ids) => lib.purge(ids),
    },
    shell: {
      openExternal: async (url) => {
        if (!isWebUrl(url)) throw libraryError('bad-url', 'Only http and https links can be opened.');
        await platform.openExternal(url);
      },
    },
  };
}
