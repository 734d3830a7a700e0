// The JSON Schema (draft 2020-12) of events.json, published beside it. Its descriptions are the
// ones the data page shows, in the file's language, so the two cannot drift apart.
import type { Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { CHAPTERS, EVENT_KINDS } from '../taxonomy.ts';
import { DATA_LICENCE } from './records.ts';

export const STANDINGS = ['confirmed', 'one-origin', 'single-source', 'disputed'] as const;
const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const DAY = '^\\d{4}-\\d{2}-\\d{2}$';

/** The fields of one event in events.json, in order: the data page lists them with these keys. */
export const EVENT_FIELDS = [
  'id',
  'url',
  'lang',
  'title',
  'summary',
  'chapter',
  'kind',
  'lead',
  'happened',
  'revealed',
  'places',
  'sources',
  'claims',
  'contentNote',
  'corrections',
  'updated',
] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

/** The fields of a date (happened, revealed). */
export const DATE_FIELDS = ['start', 'end', 'precision', 'approximate', 'standing'] as const;

type JsonSchema = Record<string, unknown>;

function nullable(schema: JsonSchema): JsonSchema {
  return { anyOf: [schema, { type: 'null' }] };
}

export function eventsSchema(lang: Lang, id: string): JsonSchema {
  const field = (name: EventField | `date.${(typeof DATE_FIELDS)[number]}`) => t(lang, `data.field.${name}`);
  const date: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    required: [...DATE_FIELDS],
    properties: {
      start: { type: 'string', pattern: PARTIAL_DATE, description: field('date.start') },
      end: { ...nullable({ type: 'string', pattern: PARTIAL_DATE }), description: field('date.end') },
      precision: { enum: ['year', 'month', 'day'], description: field('date.precision') },
      approximate: { type: 'boolean', description: field('date.approximate') },
      standing: { enum: [...STANDINGS], description: field('date.standing') },
    },
  };
  const text = { type: 'string', minLength: 1 };
  const event: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    required: [...EVENT_FIELDS],
    properties: {
      id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: field('id') },
      url: { type: 'string', format: 'uri', description: field('url') },
      lang: { const: lang, description: field('lang') },
      title: { ...text, description: field('title') },
      summary: { ...text, description: field('summary') },
      chapter: { enum: [...CHAPTERS], description: field('chapter') },
      kind: { enum: [...EVENT_KINDS], description: field('kind') },
      lead: { type: 'boolean', description: field('lead') },
      happened: { ...date, description: field('happened') },
      revealed: { anyOf: [date, { type: 'null' }], description: field('revealed') },
      places: {
        type: 'array',
        description: field('places'),
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'lat', 'lng'],
          properties: {
            id: { type: 'string' },
            name: text,
            lat: { type: 'number', minimum: -90, maximum: 90 },
            lng: { type: 'number', minimum: -180, maximum: 180 },
          },
        },
      },
      sources: {
        type: 'array',
        minItems: 1,
        description: field('sources'),
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'title', 'publisher', 'date', 'url'],
          properties: {
            id: { type: 'string' },
            title: text,
            publisher: text,
            date: nullable({ type: 'string', pattern: PARTIAL_DATE }),
            url: nullable({ type: 'string', format: 'uri' }),
          },
        },
      },
      claims: {
        type: 'array',
        description: field('claims'),
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['topic', 'label', 'value', 'qualifier', 'scope', 'source', 'standing'],
          properties: {
            topic: { type: 'string' },
            label: text,
            value: { type: 'number', minimum: 0 },
            qualifier: { enum: ['exact', 'at-least', 'about', 'up-to'] },
            scope: text,
            source: { type: 'string' },
            standing: { enum: [...STANDINGS] },
          },
        },
      },
      contentNote: { ...nullable(text), description: field('contentNote') },
      corrections: {
        type: 'array',
        description: field('corrections'),
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['date', 'note'],
          properties: { date: { type: 'string', pattern: PARTIAL_DATE }, note: text },
        },
      },
      updated: { type: 'string', pattern: DAY, description: field('updated') },
    },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: t(lang, 'data.schemaTitle'),
    type: 'object',
    additionalProperties: false,
    required: ['$schema', 'title', 'language', 'license', 'url', 'updated', 'events'],
    properties: {
      $schema: { type: 'string', format: 'uri' },
      title: text,
      language: { const: lang },
      license: { const: DATA_LICENCE.url, description: t(lang, 'data.licence') },
      url: { type: 'string', format: 'uri', description: t(lang, 'data.field.datasetUrl') },
      updated: { type: 'string', pattern: DAY, description: field('updated') },
      events: { type: 'array', items: event },
    },
  };
}
