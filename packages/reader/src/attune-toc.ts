import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { NavPoint } from '@attune/book';
import { icons } from './icons.js';
import { buttonStyles, uiTokens } from './ui-tokens.js';

export interface TocSelectDetail {
  /** Book path with optional #fragment. */
  href: string;
  label: string;
}

declare global {
  interface HTMLElementEventMap {
    'attune-toc-select': CustomEvent<TocSelectDetail>;
  }
  interface HTMLElementTagNameMap {
    'attune-toc': AttuneToc;
  }
}

interface VisibleItem {
  key: string;
  point: NavPoint;
  level: number;
  parentKey: string | null;
}

/**
 * A book's table of contents as a keyboard-operable navigation tree (WAI-ARIA
 * tree pattern): ↑/↓ move, → opens or enters a branch, ← closes or goes to
 * the parent, Home/End, Enter or Space opens the chapter, typing a letter
 * jumps to the next entry starting with it.
 *
 * @fires attune-toc-select - An entry was chosen; detail `{ href, label }`.
 * @csspart tree - The tree list.
 * @csspart item - Each entry's row.
 * @cssprop --attune-color-accent - Colour marking the current chapter.
 */
@localized()
@customElement('attune-toc')
export class AttuneToc extends LitElement {
  static override styles = [
    uiTokens,
    buttonStyles,
    css`
      :host {
        display: block;
        background: transparent;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      [role='group'] {
        padding-inline-start: 1.25rem;
      }
      [role='treeitem'] {
        outline: none;
      }
      .row {
        display: flex;
        align-items: center;
        gap: 0.25rem;
        min-height: 44px;
        padding-inline: 0.25rem 0.5rem;
        border-radius: var(--_radius);
        cursor: pointer;
        line-height: 1.3;
      }
      .row:hover {
        background: var(--_surface);
      }
      [role='treeitem']:focus-visible > .row {
        outline: 3px solid var(--_focus);
        outline-offset: -3px;
      }
      [aria-current='page'] > .row {
        font-weight: 700;
        box-shadow: inset 4px 0 0 var(--_accent);
      }
      :host(:dir(rtl)) [aria-current='page'] > .row {
        box-shadow: inset -4px 0 0 var(--_accent);
      }
      .twisty {
        display: inline-flex;
        width: 1.5rem;
        flex: none;
        justify-content: center;
        /* The arrow opens a branch on its own: a whole-row-high target (WCAG 2.5.8). */
        align-self: stretch;
        align-items: center;
      }
      .twisty svg {
        transition: transform 0.15s;
      }
      :host(:dir(rtl)) .twisty svg {
        transform: scaleX(-1);
      }
      [aria-expanded='true'] > .row .twisty svg {
        transform: rotate(90deg);
      }
      .empty {
        color: var(--_muted);
        padding: 0.5rem;
      }
    `,
  ];

  /** The entries, as `@attune/book` reads them from the nav document or NCX. */
  @property({ attribute: false }) items: NavPoint[] = [];
  /** Book path of the section being read; its entry is marked `aria-current="page"`. */
  @property({ attribute: 'current-href' }) currentHref = '';
  /** Accessible name of the tree (default: "Table of contents" in the UI language). */
  @property() label = '';
  /** Language of the entries (the book's), so each title is read in its own voice. */
  @property({ attribute: 'book-lang' }) bookLang = '';

  @state() private expanded = new Set<string>();
  @state() private focusedKey = '0';
  private typeahead = { text: '', at: 0 };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items')) {
      this.expanded = new Set();
      this.focusedKey = this.currentKey() ?? '0';
    }
    if (changed.has('currentHref') || changed.has('items')) {
      // Open the branches that lead to the current chapter so it can be seen.
      const key = this.currentKey();
      if (key) {
        const parts = key.split('.');
        const next = new Set(this.expanded);
        for (let i = 1; i < parts.length; i++) next.add(parts.slice(0, i).join('.'));
        this.expanded = next;
        if (!this.matches(':focus-within')) this.focusedKey = key;
      }
    }
  }

  /** Key of the deepest entry pointing into the current section. */
  private currentKey(): string | undefined {
    if (!this.currentHref) return undefined;
    const path = this.currentHref.split('#')[0];
    let found: string | undefined;
    const walk = (points: NavPoint[], prefix: string) => {
      points.forEach((p, i) => {
        const key = prefix ? `${prefix}.${i}` : `${i}`;
        if (!found && p.href.split('#')[0] === path) found = key;
        walk(p.children, key);
      });
    };
    walk(this.items, '');
    return found;
  }

  private visible(): VisibleItem[] {
    const out: VisibleItem[] = [];
    const walk = (points: NavPoint[], level: number, parentKey: string | null) => {
      points.forEach((point, i) => {
        const key = parentKey === null ? `${i}` : `${parentKey}.${i}`;
        out.push({ key, point, level, parentKey });
        if (point.children.length && this.expanded.has(key)) walk(point.children, level + 1, key);
      });
    };
    walk(this.items, 1, null);
    return out;
  }

  /** Moves keyboard focus to the current (or first) entry. */
  override focus(): void {
    const key = this.currentKey() ?? this.focusedKey;
    this.focusedKey = key;
    void this.updateComplete.then(() => this.itemElement(key)?.focus());
  }

  private itemElement(key: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-key="${key}"]`);
  }

  private moveTo(key: string): void {
    this.focusedKey = key;
    void this.updateComplete.then(() => this.itemElement(key)?.focus());
  }

  private toggle(key: string, open?: boolean): void {
    const next = new Set(this.expanded);
    const willOpen = open ?? !next.has(key);
    if (willOpen) next.add(key);
    else next.delete(key);
    this.expanded = next;
  }

  private select(point: NavPoint): void {
    if (!point.href) return;
    this.dispatchEvent(new CustomEvent<TocSelectDetail>('attune-toc-select', { detail: { href: point.href, label: point.label }, bubbles: true, composed: true }));
  }

  private onKeydown(event: KeyboardEvent): void {
    const items = this.visible();
    const index = items.findIndex((i) => i.key === this.focusedKey);
    const item = items[index];
    if (!item) return;
    const hasChildren = item.point.children.length > 0;
    const isOpen = this.expanded.has(item.key);
    const rtl = getComputedStyle(this).direction === 'rtl';
    const key = rtl && (event.key === 'ArrowLeft' || event.key === 'ArrowRight') ? (event.key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft') : event.key;
    let handled = true;
    switch (key) {
      case 'ArrowDown':
        if (items[index + 1]) this.moveTo(items[index + 1]!.key);
        break;
      case 'ArrowUp':
        if (items[index - 1]) this.moveTo(items[index - 1]!.key);
        break;
      case 'Home':
        this.moveTo(items[0]!.key);
        break;
      case 'End':
        this.moveTo(items[items.length - 1]!.key);
        break;
      case 'ArrowRight':
        if (hasChildren && !isOpen) this.toggle(item.key, true);
        else if (hasChildren) this.moveTo(`${item.key}.0`);
        break;
      case 'ArrowLeft':
        if (hasChildren && isOpen) this.toggle(item.key, false);
        else if (item.parentKey !== null) this.moveTo(item.parentKey);
        break;
      case 'Enter':
      case ' ':
        if (item.point.href) this.select(item.point);
        else if (hasChildren) this.toggle(item.key);
        break;
      case '*': {
        // Expand all siblings, as the tree pattern suggests.
        const next = new Set(this.expanded);
        for (const sibling of items) if (sibling.parentKey === item.parentKey && sibling.point.children.length) next.add(sibling.key);
        this.expanded = next;
        break;
      }
      default:
        handled = this.typeAhead(event, items, index);
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  private typeAhead(event: KeyboardEvent, items: VisibleItem[], index: number): boolean {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || !/\S/.test(event.key)) return false;
    const now = Date.now();
    this.typeahead = { text: now - this.typeahead.at < 700 ? this.typeahead.text + event.key.toLowerCase() : event.key.toLowerCase(), at: now };
    const ordered = [...items.slice(index + 1), ...items.slice(0, index + 1)];
    const match = ordered.find((i) => i.point.label.toLowerCase().startsWith(this.typeahead.text));
    if (match) this.moveTo(match.key);
    return true;
  }

  private renderItems(points: NavPoint[], level: number, parentKey: string | null, currentKey: string | undefined): TemplateResult[] {
    return points.map((point, i) => {
      const key = parentKey === null ? `${i}` : `${parentKey}.${i}`;
      const hasChildren = point.children.length > 0;
      const open = this.expanded.has(key);
      return html`<li
        role="treeitem"
        data-key=${key}
        aria-level=${level}
        aria-setsize=${points.length}
        aria-posinset=${i + 1}
        aria-expanded=${hasChildren ? String(open) : nothing}
        aria-current=${key === currentKey ? 'page' : nothing}
        aria-labelledby=${`label-${key}`}
        tabindex=${key === this.focusedKey ? 0 : -1}
        @focus=${(e: FocusEvent) => {
          if (e.target === e.currentTarget) this.focusedKey = key;
        }}
      >
        <div
          class="row"
          part="item"
          @click=${(e: MouseEvent) => {
            e.stopPropagation();
            this.focusedKey = key;
            if (point.href) this.select(point);
            else if (hasChildren) this.toggle(key);
          }}
        >
          <span
            class="twisty"
            @click=${(e: MouseEvent) => {
              if (!hasChildren) return;
              e.stopPropagation();
              this.focusedKey = key;
              this.toggle(key);
            }}
            >${hasChildren ? icons.chevron : nothing}</span
          >
          ${point.label
            ? html`<span id=${`label-${key}`} lang=${this.bookLang || nothing} dir="auto">${point.label}</span>`
            : html`<span id=${`label-${key}`}>${msg('(untitled)', { id: 'toc.untitled' })}</span>`}
        </div>
        ${hasChildren && open ? html`<ul role="group">${this.renderItems(point.children, level + 1, key, currentKey)}</ul>` : nothing}
      </li>`;
    });
  }

  protected override render(): TemplateResult {
    if (!this.items.length) return html`<p class="empty">${msg('This book has no table of contents.', { id: 'toc.empty' })}</p>`;
    return html`<ul role="tree" part="tree" aria-label=${this.label || msg('Table of contents', { id: 'toc.label' })} @keydown=${this.onKeydown}>
      ${this.renderItems(this.items, 1, null, this.currentKey())}
    </ul>`;
  }
}
