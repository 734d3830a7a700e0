// The date line of an event's share card.
import type { Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import type { EventDate } from '../content-schema.ts';
import { formatEventDate } from '../format.ts';

/** The date as the page gives it, with its standing where sources do not confirm it: a card
 * travels without its page, so it must not state a disputed or single-source date plainly. */
export function cardDate(date: EventDate, lang: Lang): string {
  const formatted = formatEventDate(date, lang);
  // Mid-line, the label reads in lower case ("August 2013 (disputed)"); Arabic has no case.
  return date.status ? `${formatted} (${t(lang, `status.${date.status}`).toLocaleLowerCase(lang)})` : formatted;
}
