/** Form fields as the reader left them. */
import type { Omissions } from './omissions';

/** Writes what the reader typed or chose into the copy's attributes, which serialise. */
export function keepFormValues(twin: Map<Element, Element>, omitted: Omissions): void {
  for (const [live, copy] of twin) {
    switch (live.localName) {
      case 'input': {
        const input = live as HTMLInputElement;
        const type = (input.type ?? '').toLowerCase();
        if (type === 'password') {
          if (input.value) omitted.count('password fields left empty');
          copy.removeAttribute('value');
        } else if (type === 'checkbox' || type === 'radio') {
          copy.toggleAttribute('checked', input.checked);
        } else if (type !== 'file' && typeof input.value === 'string') {
          copy.setAttribute('value', input.value);
        }
        break;
      }
      case 'textarea':
        copy.textContent = (live as HTMLTextAreaElement).value ?? '';
        break;
      case 'option':
        copy.toggleAttribute('selected', (live as HTMLOptionElement).selected);
        break;
    }
  }
}
