import type { LibraryApi } from '../common/api';
import { mergeActors, setActorsDeleted } from './actors/actors';
import { suggestForArticle, suggestSpeakerForRange } from './actors/suggestions';
import { isWebUrl } from './articles/metadata';
import {
  briefingFromClips,
  createBriefing,
  duplicateBriefing,
  exportBriefing,
  exportInput,
  listBriefings,
  setBriefingsDeleted,
  updateBriefing,
  viewClips,
  type ExportPlatform,
} from './briefings/briefings';
import { verifyQuotes } from './export';
import { createClip, listClips, setClipsDeleted, summarizeClips, updateClip, verifyClips } from './clips/clips';
import { libraryError } from './errors';
import type { Library } from './library';

/** What the host (Electron, or the test harness) provides that the library cannot do itself. */
export interface Platform extends ExportPlatform {
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
      editText: (id, text) => lib.editArticleText(id, text),
      suggest: async (id) => suggestForArticle((await lib.getArticle(id)).content.text, lib.actors.list()),
    },
    clips: {
      list: (query) => listClips(lib, query),
      get: (id) => lib.clips.get(id),
      summary: () => summarizeClips(lib),
      create: (input) => createClip(lib, input),
      update: (id, patch) => updateClip(lib, id, patch),
      trash: (ids) => setClipsDeleted(lib, ids, true),
      restore: (ids) => setClipsDeleted(lib, ids, false),
      verify: (ids) => verifyClips(lib, ids.length ? ids : undefined),
      suggestSpeaker: async (articleId, start, end) =>
        suggestSpeakerForRange((await lib.getArticle(articleId)).content.text, start, end, lib.actors.list()),
      resolve: (ids) => viewClips(lib, ids),
    },
    briefings: {
      list: (query) => listBriefings(lib, query.trash),
      get: (id) => lib.briefings.get(id),
      create: (input) => createBriefing(lib, input),
      update: (id, patch) => updateBriefing(lib, id, patch),
      duplicate: (id) => duplicateBriefing(lib, id),
      trash: (ids) => setBriefingsDeleted(lib, ids, true),
      restore: (ids) => setBriefingsDeleted(lib, ids, false),
      fromTemplate: (template, clipIds, input) => briefingFromClips(lib, template, clipIds, input),
      verify: async (id) => verifyQuotes(await exportInput(lib, id)),
      export: (id, request) => exportBriefing(lib, platform, id, request),
    },
    actors: {
      list: async (query) => lib.actors.list(query.trash),
      create: async (input) => {
        const actor = await lib.actors.create(input, new Date().toISOString());
        lib.events.emit('actors:changed', { ids: [actor.id] });
        return actor;
      },
      update: async (id, patch) => {
        const actor = await lib.actors.update(id, patch, new Date().toISOString());
        lib.events.emit('actors:changed', { ids: [id] });
        return actor;
      },
      trash: (ids) => setActorsDeleted(lib, ids, true),
      restore: (ids) => setActorsDeleted(lib, ids, false),
      merge: (fromId, intoId) => mergeActors(lib, fromId, intoId),
    },
    shell: {
      openExternal: async (url) => {
        if (!isWebUrl(url)) throw libraryError('bad-url', 'Only http and https links can be opened.');
        await platform.openExternal(url);
      },
    },
  };
}
