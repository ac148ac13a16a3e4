import { getEntity } from '../api/api-client.js';
import { h, replaceChildren } from '../dom/h.js';
import { locale, t } from '../i18n/locale.js';

export interface EntityChip {
  element: HTMLElement;
  show(id: string | undefined): void;
}

/**
 * The entity filter, set from an entity page: a chip with the entity's name (its id until the name
 * arrives) and a button that removes it.
 *
 * @example const chip = entityChip(() => setFilters({ ...filters, entity: undefined })); chip.show('actor:pmf')
 */
export function entityChip(onRemove: () => void): EntityChip {
  const element = h('div', { class: 'chip-row' });
  return {
    element,
    show(id) {
      if (!id) return replaceChildren(element);
      const name = h('bdi', {}, id);
      replaceChildren(
        element,
        h(
          'span',
          { class: 'chip', id: 'filter-entity', title: id },
          `${t('entity')}: `,
          name,
          h(
            'button',
            { type: 'button', class: 'chip-remove', aria: { label: t('reset') }, on: { click: onRemove } },
            '×',
          ),
        ),
      );
      getEntity(id, 1)
        .then(({ entity }) => {
          name.textContent = (locale() === 'ar' && entity.names.ar[0]) || entity.name;
        })
        .catch(() => undefined); // An unknown id stays shown as typed; the list says nothing matches.
    },
  };
}
