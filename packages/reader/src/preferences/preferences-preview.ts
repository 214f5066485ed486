import { css, html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { toCssProperties, type EffectiveSettings } from '@attune/profile';
import { preferenceMessages as m } from './preference-messages.js';

/**
 * A short passage styled only through the `--attune-user-*` properties that
 * `toCssProperties()` produces — the same properties the reader puts on every
 * book frame — so what the learner sees here is what the book will do.
 */
export const previewStyles = css`
  .preview {
    color-scheme: var(--attune-user-color-scheme, normal);
    color: var(--attune-user-foreground, var(--_fg));
    background: var(--attune-user-background, var(--_bg));
    /* Without a chosen font the preview stands in for a book's own serif type. */
    font-family: var(--attune-user-font-family, Georgia, 'Times New Roman', serif);
    font-size: var(--attune-user-font-size, 100%);
    line-height: var(--attune-user-line-height, 1.5);
    letter-spacing: var(--attune-user-letter-spacing, normal);
    word-spacing: var(--attune-user-word-spacing, normal);
    text-align: var(--attune-user-text-align, start);
    hyphens: var(--attune-user-hyphens, manual);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    overflow-wrap: break-word;
  }
  .preview p {
    margin: 0;
    max-inline-size: var(--attune-user-max-line-length, none);
  }
  .preview p + p {
    margin-block-start: var(--attune-user-paragraph-spacing, 1em);
  }
  .preview mark {
    color: inherit;
    background: none;
  }
  .preview mark.sentence {
    color: var(--attune-user-highlight-sentence-foreground);
    background: var(--attune-user-highlight-sentence-background);
  }
  .preview mark.word {
    color: var(--attune-user-highlight-word-foreground);
    background: var(--attune-user-highlight-word-background);
    /* Not colour alone: the spoken word is also underlined. */
    text-decoration: underline 2px;
    text-underline-offset: 0.2em;
  }
  .preview[data-line-focus='ruler'] .first {
    background: linear-gradient(var(--attune-user-ruler), var(--attune-user-ruler)) no-repeat;
    background-size: 100% calc(var(--attune-user-line-focus-lines, 1) * 1lh);
    box-shadow: inset 0 calc(var(--attune-user-line-focus-lines, 1) * 1lh) 0 -1px var(--attune-user-foreground);
  }
  .preview[data-line-focus='mask'] p {
    position: relative;
  }
  .preview[data-line-focus='mask'] p::after {
    content: '';
    position: absolute;
    inset: 0;
    background: var(--attune-user-mask);
    pointer-events: none;
  }
  .preview[data-line-focus='mask'] .first::after {
    inset-block-start: calc(var(--attune-user-line-focus-lines, 1) * 1lh);
  }
  .preview-caption {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    /* What forced colours paint anyway, said explicitly: text-fill colour otherwise keeps the theme's. */
    .preview {
      color: CanvasText;
      background: Canvas;
    }
    .preview mark.sentence,
    .preview mark.word {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
    .preview mark.word {
      outline: 2px solid CanvasText;
    }
  }
`;

/** The preview passage with the learner's settings as custom properties on its root. */
export function renderPreview(settings: EffectiveSettings): TemplateResult {
  const properties = toCssProperties(settings);
  const highlight = settings.speech.highlight;
  const lineFocus = settings.readingAids.lineFocus ? settings.readingAids.lineFocusStyle : 'none';
  const p = m.preview;
  // The translated sentence marks its highlighted word with {word}…{/word}, wherever the language puts it.
  const [before = '', word = '', after = ''] = p.sentence2.split(/\{\/?word\}/);
  const sentence2 = html`${before}${highlight === 'word' ? html`<mark class="word">${word}</mark>` : word}${after}`;
  return html`<figure class="preview-figure" part="preview-figure" aria-labelledby="preview-label">
    <p id="preview-label" class="field-label">${p.label}</p>
    <div class="preview" part="preview" data-line-focus=${lineFocus} style=${styleMap(properties)}>
      <p class="first">${p.sentence1} ${highlight === 'none' ? sentence2 : html`<mark class="sentence">${sentence2}</mark>`}</p>
      <p class="rest">${p.paragraph2}</p>
    </div>
    <figcaption class="preview-caption">${p.caption} ${highlight === 'none' ? nothing : p.highlightCaption}</figcaption>
  </figure>`;
}
