/**
 * Runtime schemas for every channel's arguments. The main process (and the harness)
 * validate each payload before it reaches the library: the renderer shows untrusted
 * content, so nothing it sends is trusted.
 */
import { z } from 'zod';
import type { Channel } from './api';
import { MAX_IMPORT_BYTES } from './model';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a valid id');
const ids = z.array(id).max(100_000);
const shortText = z.string().max(2_000);
const isoDate = z.string().max(40);

const articleQuery = z
  .object({
    text: z.string().max(500).optional(),
    sort: z.enum(['published', 'title', 'outlet', 'importedAt']).optional(),
    direction: z.enum(['asc', 'desc']).optional(),
    trash: z.boolean().optional(),
  })
  .strict();

const importItem = z
  .object({
    name: z.string().min(1).max(1_000),
    // Oversized files are let through here so import can report them per file.
    data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_IMPORT_BYTES * 4, 'file too large'),
  })
  .strict();

const metaPatch = z
  .object({
    title: shortText.optional(),
    outlet: shortText.optional(),
    authors: z.array(shortText).max(100).optional(),
    published: isoDate.nullable().optional(),
    url: shortText.optional(),
    language: z.string().max(35).optional(),
    tags: z.array(z.string().max(200)).max(200).optional(),
    confirmed: z.boolean().optional(),
  })
  .strict();

const offset = z.number().int().min(0).max(50_000_000);
const actorIds = z.array(id).max(1_000);
const tags = z.array(z.string().max(200)).max(200);
const noteJson = z.string().max(1_000_000);

const clipQuery = z
  .object({
    actorId: id.optional(),
    speakerId: id.optional(),
    aboutId: id.optional(),
    tag: z.string().max(200).optional(),
    articleId: id.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    status: z.enum(['anchored', 'orphaned']).optional(),
    trash: z.boolean().optional(),
    limit: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict();

const clipInput = z
  .object({
    articleId: id,
    start: offset,
    end: offset,
    speakerId: id.nullable().optional(),
    aboutIds: actorIds.optional(),
    tags: tags.optional(),
    statementDate: isoDate.nullable().optional(),
    noteJson: noteJson.optional(),
    noteText: z.string().max(200_000).optional(),
  })
  .strict();

const clipPatch = clipInput.omit({ articleId: true, start: true, end: true }).strict();

const actorFields = {
  name: z.string().max(300),
  kind: z.enum(['person', 'state', 'organisation', 'military', 'media', 'other']),
  aliases: z.array(z.string().max(300)).max(200),
  role: z.string().max(300),
  affiliationId: id.nullable(),
  description: z.string().max(20_000),
};
const actorInput = z.object(actorFields).partial().required({ name: true }).strict();
const actorPatch = z.object(actorFields).partial().strict();

const briefingInput = z
  .object({
    title: shortText.optional(),
    author: shortText.optional(),
    date: isoDate.optional(),
    body: z.string().max(20_000_000).optional(),
  })
  .strict();

const exportRequest = z
  .object({
    format: z.enum(['md', 'html', 'pdf']),
    pageSize: z.enum(['A4', 'Letter']).optional(),
    force: z.boolean().optional(),
  })
  .strict();

/** One tuple schema per channel; a missing channel fails to compile. */
export const channelArgs: { [C in Channel]: z.ZodType<unknown[]> } = {
  'library:info': z.tuple([]),
  'articles:list': z.tuple([articleQuery]),
  'articles:get': z.tuple([id]),
  'articles:import': z.tuple([z.array(importItem).min(1).max(10_000)]),
  'articles:update': z.tuple([id, metaPatch]),
  'articles:trash': z.tuple([ids]),
  'articles:restore': z.tuple([ids]),
  'articles:purge': z.tuple([ids]),
  'articles:editText': z.tuple([id, z.string().min(1).max(MAX_IMPORT_BYTES)]),
  'articles:suggest': z.tuple([id]),
  'clips:list': z.tuple([clipQuery]),
  'clips:get': z.tuple([id]),
  'clips:create': z.tuple([clipInput]),
  'clips:update': z.tuple([id, clipPatch]),
  'clips:trash': z.tuple([ids]),
  'clips:restore': z.tuple([ids]),
  'clips:verify': z.tuple([ids]),
  'clips:suggestSpeaker': z.tuple([id, offset, offset]),
  'clips:summary': z.tuple([]),
  'clips:resolve': z.tuple([z.array(id).max(10_000)]),
  'briefings:list': z.tuple([z.object({ trash: z.boolean().optional() }).strict()]),
  'briefings:get': z.tuple([id]),
  'briefings:create': z.tuple([briefingInput]),
  'briefings:update': z.tuple([id, briefingInput]),
  'briefings:duplicate': z.tuple([id]),
  'briefings:trash': z.tuple([ids]),
  'briefings:restore': z.tuple([ids]),
  'briefings:fromTemplate': z.tuple([z.enum(['by-actor', 'timeline']), z.array(id).min(1).max(10_000), briefingInput]),
  'briefings:verify': z.tuple([id]),
  'briefings:export': z.tuple([id, exportRequest]),
  'actors:list': z.tuple([z.object({ trash: z.boolean().optional() }).strict()]),
  'actors:create': z.tuple([actorInput]),
  'actors:update': z.tuple([id, actorPatch]),
  'actors:trash': z.tuple([ids]),
  'actors:restore': z.tuple([ids]),
  'actors:merge': z.tuple([id, id]),
  'shell:openExternal': z.tuple([z.string().max(8_000)]),
};

/** Validates a channel's arguments; throws a DossierError-shaped value when they are wrong. */
export function parseChannelArgs(channel: Channel, args: unknown): unknown[] {
  const schema = channelArgs[channel];
  if (!schema) throw { code: 'bad-request', message: `Unknown channel ${String(channel)}` };
  const result = schema.safeParse(args);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw {
      code: 'bad-request',
      message: `Invalid request to ${channel}: ${issue?.path.join('.') || 'arguments'} ${issue?.message ?? ''}`.trim(),
    };
  }
  return result.data;
}
