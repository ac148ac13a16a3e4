import { searchEntities } from '../api/api-client.js';
import { h, replaceChildren } from '../dom/h.js';
import { locale } from '../i18n/locale.js';

/**
 * Offers the knowledge base's names, in the interface language where there is one, as the reader types
 * an actor: a <datalist> tied to the input.
 *
 * @example field.append(input, actorSuggestions(input))
 */
export function actorSuggestions(input: HTMLInputElement): HTMLDataListElement {
  const list = h('datalist', { id: `${input.id}-suggestions` });
  input.setAttribute('list', list.id);
  let latest = 0;
  input.addEventListener('input', () => {
    const term = input.value.trim();
    const ticket = ++latest;
    if (term.length < 2) return;
    // Answers arrive out of order when the reader types fast: only the latest request may fill the list.
    searchEntities(term)
      .then(({ items }) => {
        if (ticket !== latest) return;
        const names = items.map((e) => (locale() === 'ar' && e.names.ar[0]) || e.name);
        replaceChildren(list, ...[...new Set(names)].map((value) => h('option', { value })));
      })
      .catch(() => replaceChildren(list));
  });
  return list;
}
