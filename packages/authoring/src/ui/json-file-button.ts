import { html } from 'lit';

/**
 * A button that opens the file chooser for a .json file, with the native
 * input hidden beside it (the button is what keyboard and screen-reader
 * users meet; the input only carries the file).
 */
export function renderJsonFileButton(options: { buttonClass: string; inputClass: string; label: string; onFile(file: File): void }) {
  return html`
    <button type="button" class=${options.buttonClass} @click=${(e: Event) => ((e.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement).click()}>${options.label}</button>
    <input
      class=${options.inputClass}
      type="file"
      accept="application/json,.json"
      hidden
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        const file = input.files?.[0];
        input.value = '';
        if (file) options.onFile(file);
      }}
    />
  `;
}
