import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { icons } from '../../icons.js';
import { buttonStyles, dialogStyles, uiTokens } from '../../ui-tokens.js';
import { imageTextOf, type ImageText } from './image-description.js';
import { imageViewerMessages as t } from './image-viewer-messages.js';

declare global {
  interface HTMLElementTagNameMap {
    'attune-image-viewer': AttuneImageViewer;
  }
}

const MIN_ZOOM = 1;
const MAX_ZOOM = 8;
const ZOOM_STEP = 1.5;
/** How far an arrow key moves a zoomed image, in CSS pixels. */
const PAN_STEP = 48;

/**
 * An image from the book, enlarged in a modal dialog: zoom (+, −, 0 to fit;
 * buttons too), pan (arrow keys when zoomed, or drag), and the image's text
 * alternative, caption and long description shown as text. Escape or Close
 * returns focus to the image in the book. No animation, so reduced motion
 * needs nothing more.
 *
 * @csspart dialog - The dialog box.
 */
@localized()
@customElement('attune-image-viewer')
export class AttuneImageViewer extends LitElement {
  static override styles = [
    uiTokens,
    buttonStyles,
    dialogStyles,
    css`
      dialog {
        width: min(60rem, calc(100vw - 2rem));
        max-width: calc(100vw - 1rem);
        max-height: calc(100vh - 2rem);
        box-sizing: border-box;
        padding: 0.75rem 1rem;
      }
      /* Darker behind an image, so its edges stand out. */
      dialog::backdrop {
        background: rgb(0 0 0 / 0.6);
      }
      header,
      .controls {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
      }
      header {
        justify-content: space-between;
      }
      .stage {
        position: relative;
        overflow: hidden;
        height: min(60vh, 36rem);
        margin: 0.5rem 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        touch-action: none;
        cursor: grab;
      }
      .stage.dragging {
        cursor: grabbing;
      }
      .canvas {
        position: absolute;
        inset: 0;
        display: flex;
        align-items: center;
        justify-content: center;
        transform-origin: center;
      }
      .canvas > img,
      .canvas > svg {
        max-width: 100%;
        max-height: 100%;
        object-fit: contain;
        background: #ffffff;
      }
      .zoom {
        margin: 0;
        font-variant-numeric: tabular-nums;
      }
      .texts {
        overflow-wrap: anywhere;
        max-height: 25vh;
        overflow: auto;
      }
      .texts h3 {
        font-size: 0.95rem;
        margin: 0.5rem 0 0;
      }
      .texts p {
        margin: 0;
      }
      .keys {
        color: var(--_muted);
        font-size: 0.9rem;
      }
      @media (forced-colors: active) {
        .stage {
          border-color: CanvasText;
        }
      }
    `,
  ];

  @state() private text: ImageText = { alt: '', caption: '', descriptions: [] };
  @state() private scale = 1;
  @state() private x = 0;
  @state() private y = 0;
  @state() private imageLang = '';
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('.canvas') private canvas!: HTMLElement;
  @query('.stage') private stage!: HTMLElement;
  private returnFocus: Element | null = null;
  private drag: { id: number; x: number; y: number } | undefined;

  /** Whether the viewer is showing. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** The zoom factor (1 fits the image in the viewer). */
  get zoom(): number {
    return this.scale;
  }

  /** How far the image is moved from the centre, in CSS pixels. */
  get pan(): { x: number; y: number } {
    return { x: this.x, y: this.y };
  }

  /** Shows an image of the book (an `<img>`, `<svg>` or `role="img"` element); closing returns focus to it. */
  async show(image: Element): Promise<void> {
    this.returnFocus = image;
    this.text = imageTextOf(image);
    this.imageLang = image.closest('[lang]')?.getAttribute('lang') ?? image.ownerDocument.documentElement.getAttribute('lang') ?? '';
    this.scale = 1;
    this.x = 0;
    this.y = 0;
    await this.updateComplete;
    this.canvas.replaceChildren(this.copyOf(image));
    if (!this.dialog.open) this.dialog.showModal();
    this.stage.focus();
  }

  /** A copy of the image for this document: an <img> of the same source, or the SVG imported (already sanitized with the section). */
  private copyOf(image: Element): Element {
    if (image.localName === 'img') {
      const img = document.createElement('img');
      img.src = (image as HTMLImageElement).currentSrc || image.getAttribute('src') || '';
      img.alt = '';
      return img;
    }
    const copy = document.importNode(image, true) as Element;
    copy.removeAttribute('tabindex');
    copy.removeAttribute('data-attune-enlargeable');
    copy.setAttribute('aria-hidden', 'true');
    return copy;
  }

  /** Closes the viewer (focus returns to where it was, as with Escape). */
  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  private onClose(): void {
    this.canvas?.replaceChildren();
    const target = this.returnFocus as HTMLElement | null;
    this.returnFocus = null;
    // The image lives in the book's frame: focus the frame first so focus really lands on it.
    const frame = target?.ownerDocument.defaultView?.frameElement as HTMLElement | null | undefined;
    frame?.focus();
    target?.focus?.({ preventScroll: true });
  }

  /** Zooms by a factor (or to 1 to fit), keeping the image within reach. */
  setZoom(scale: number): void {
    this.scale = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(scale * 100) / 100));
    this.panBy(0, 0);
  }

  private panBy(dx: number, dy: number): void {
    const stage = this.stage?.getBoundingClientRect();
    const limitX = stage ? (stage.width * (this.scale - 1)) / 2 : 0;
    const limitY = stage ? (stage.height * (this.scale - 1)) / 2 : 0;
    // `|| 0` keeps -0 out of the transform and of `pan`.
    this.x = Math.max(-limitX, Math.min(limitX, this.x + dx)) || 0;
    this.y = Math.max(-limitY, Math.min(limitY, this.y + dy)) || 0;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onButton = (event.composedPath()[0] as Element | undefined)?.localName === 'button';
    let handled = true;
    switch (event.key) {
      case '+':
      case '=':
        this.setZoom(this.scale * ZOOM_STEP);
        break;
      case '-':
      case '−':
        this.setZoom(this.scale / ZOOM_STEP);
        break;
      case '0':
        this.setZoom(1);
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'ArrowUp':
      case 'ArrowDown': {
        if (this.scale <= 1 || onButton) return;
        // The arrow moves the view that way: the image moves the other way.
        const [dx, dy] = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] }[event.key]!;
        this.panBy(dx!, dy!);
        break;
      }
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.scale <= 1 || event.button !== 0) return;
    this.drag = { id: event.pointerId, x: event.clientX, y: event.clientY };
    this.stage.setPointerCapture(event.pointerId);
    this.stage.classList.add('dragging');
  }

  private onPointerMove(event: PointerEvent): void {
    if (!this.drag || event.pointerId !== this.drag.id) return;
    this.panBy(event.clientX - this.drag.x, event.clientY - this.drag.y);
    this.drag = { ...this.drag, x: event.clientX, y: event.clientY };
  }

  private onPointerUp(event: PointerEvent): void {
    if (!this.drag || event.pointerId !== this.drag.id) return;
    this.drag = undefined;
    this.stage.classList.remove('dragging');
  }

  private onWheel(event: WheelEvent): void {
    if (!event.ctrlKey) return;
    event.preventDefault();
    this.setZoom(event.deltaY < 0 ? this.scale * 1.1 : this.scale / 1.1);
  }

  protected override render(): TemplateResult {
    const { alt, caption, descriptions } = this.text;
    const lang = this.imageLang || nothing;
    return html`<dialog part="dialog" aria-labelledby="image-title" aria-describedby="image-texts" @close=${this.onClose} @keydown=${this.onKeydown}>
      <header>
        <h2 id="image-title">${t.title}</h2>
        <button type="button" class="close" @click=${this.close}>${icons.close}<span>${t.close}</span></button>
      </header>
      <div
        class="stage"
        tabindex="0"
        role="img"
        aria-label=${alt || t.title}
        lang=${alt ? lang : nothing}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @wheel=${this.onWheel}
        @dblclick=${() => this.setZoom(this.scale > 1 ? 1 : 2)}
      >
        <div class="canvas" style="transform: translate(${this.x}px, ${this.y}px) scale(${this.scale})"></div>
      </div>
      <div class="controls">
        <button type="button" class="zoom-out" ?disabled=${this.scale <= MIN_ZOOM} @click=${() => this.setZoom(this.scale / ZOOM_STEP)}>${t.zoomOut}</button>
        <button type="button" class="zoom-in" ?disabled=${this.scale >= MAX_ZOOM} @click=${() => this.setZoom(this.scale * ZOOM_STEP)}>${t.zoomIn}</button>
        <button type="button" class="fit" ?disabled=${this.scale === 1} @click=${() => this.setZoom(1)}>${t.fit}</button>
        <p class="zoom" role="status">${t.zoom(this.scale)}</p>
      </div>
      <div id="image-texts" class="texts">
        <h3>${t.altLabel}</h3>
        <p class="alt" lang=${alt ? lang : nothing}>${alt || t.noAlt}</p>
        ${caption ? html`<h3>${t.captionLabel}</h3><p class="caption" lang=${lang}>${caption}</p>` : nothing}
        ${descriptions.length ? html`<h3>${t.descriptionLabel}</h3>${descriptions.map((d) => html`<p class="description" lang=${lang}>${d}</p>`)}` : nothing}
      </div>
      <p class="keys">${t.keys}</p>
    </dialog>`;
  }
}
