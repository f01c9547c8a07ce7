import type { ArticleMeta, ArticleMetaPatch } from '../../../electron/common/model';

/** The metadata form's fields, as the user types them. */
export interface MetadataFields {
  title: string;
  outlet: string;
  authors: string;
  published: string;
  url: string;
  tags: string;
}

export function fieldsFrom(article: ArticleMeta): MetadataFields {
  return {
    title: article.title,
    outlet: article.outlet,
    authors: article.authors.join(', '),
    published: article.published?.slice(0, 10) ?? '',
    url: article.url,
    tags: article.tags.join(', '),
  };
}

const splitList = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** What is wrong with the fields, per field; empty when they can be saved. */
export function validate(fields: MetadataFields): Partial<Record<keyof MetadataFields, string>> {
  const errors: Partial<Record<keyof MetadataFields, string>> = {};
  if (!fields.title.trim()) errors.title = 'An article needs a title.';
  if (fields.url.trim() && !/^https?:\/\/[^\s]+$/i.test(fields.url.trim())) {
    errors.url = 'Enter a web address starting with http:// or https://, or leave it empty.';
  }
  if (fields.published && !/^\d{4}-\d{2}-\d{2}$/.test(fields.published)) {
    errors.published = 'Enter a date like 2025-11-05.';
  }
  return errors;
}

/** The patch to send; saving the form also confirms any guessed details. */
export function patchFrom(fields: MetadataFields, article: ArticleMeta): ArticleMetaPatch {
  // Keep the time of day the source gave when the user left the day unchanged.
  const sameDay = article.published?.slice(0, 10) === fields.published;
  return {
    title: fields.title.trim(),
    outlet: fields.outlet.trim(),
    authors: splitList(fields.authors),
    published: sameDay ? article.published : fields.published || null,
    url: fields.url.trim(),
    tags: splitList(fields.tags),
    confirmed: true,
  };
}
