// The one way to get an interface string: t(lang, 'nav.home'), with {placeholders} filled in.
import { ar } from './ar.ts';
import { en, type MessageKey } from './en.ts';
import type { Lang } from './locales.ts';

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { ar, en };

export type { MessageKey };

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
