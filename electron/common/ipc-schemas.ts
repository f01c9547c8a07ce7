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
