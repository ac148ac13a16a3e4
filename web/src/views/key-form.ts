import { rememberAccessKey } from '../api/access-key.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/locale.js';

/**
 * The form a server that asks for API keys gets from the shell: the reader pastes a key, and the page
 * asks again with it. `refused` says the key sent before was not accepted.
 *
 * @example header.after(keyForm(false, () => renderPage(root)))
 */
export function keyForm(refused: boolean, onKey: () => void): HTMLFormElement {
  const input = h('input', {
    id: 'api-key',
    type: 'password',
    placeholder: t('keyLabel'),
    aria: { label: t('keyLabel') },
  });
  input.autocomplete = 'off';
  input.required = true;
  return h(
    'form',
    {
      class: 'key-form',
      on: {
        submit: (ev) => {
          ev.preventDefault();
          const key = input.value.trim();
          if (!key) return;
          rememberAccessKey(key);
          onKey();
        },
      },
    },
    h('p', { class: refused ? 'key-refused' : 'key-prompt' }, t(refused ? 'keyRefused' : 'keyPrompt')),
    input,
    ' ',
    h('button', { type: 'submit' }, t('useKey')),
  );
}
