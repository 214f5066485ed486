import { html } from 'lit';
import { authoringMessages } from '../messages.js';

const m = authoringMessages.builder;

/** The plain-language summary for the learner and family, with a copy button. */
export function renderSummary(name: string, lines: string[], copyStatus: string, onCopy: () => void) {
  return html`
    <section class="summary stack" part="summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading">${m.summaryHeading(name || m.unnamed)}</h3>
      <p class="hint">${m.summaryHint}</p>
      <ul class="summary-lines">
        ${lines.map((line) => html`<li>${line}</li>`)}
      </ul>
      <div class="row">
        <button type="button" class="copy-summary" @click=${onCopy}>${m.copySummary}</button>
        <p class="status" role="status">${copyStatus}</p>
      </div>
    </section>
  `;
}
