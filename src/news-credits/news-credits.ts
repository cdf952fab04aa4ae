import {
  html,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
  type CSSResultGroup,
} from 'lit';
import { KNOWN_ROLES, type Credit } from '../data/model.js';
import { NewsElement } from '../shared/news-element.js';
import { lazyModule } from '../shared/lazy-module.js';
import { hostStyles } from '../shared/host.styles.js';
import { joinNames, roleLabel, type Locale } from '../shared/i18n.js';
import { styles } from './news-credits.styles.js';

/** The credits shorthand: role (or a role name such as 责任编辑) → one name or several. */
export type CreditsShorthand = Record<string, string | string[]>;

/** Custom role labels: role (`responsibleEditor`) or role name (`责编`) → the label to show. */
export type CreditLabels = Record<string, string>;

/** How the credits are laid out. */
export type CreditsLayout = 'inline' | 'stacked';

/** The role-name table (责编 → responsibleEditor…), loaded when `labels` first names a role that way. */
const roleNames = lazyModule(() => import('../data/credits.js'));

/**
 * Loads the role names if `labels` has a key that is not a role; undefined when nothing is to load. If they
 * cannot load, labels keyed by role still apply.
 */
function loadRoles(labels: CreditLabels | undefined): Promise<void> | undefined {
  if (
    roleNames.loaded ||
    !labels ||
    Object.keys(labels).every((k) => (KNOWN_ROLES as readonly string[]).includes(k))
  )
    return undefined;
  return roleNames.load().then(
    () => undefined,
    () => undefined,
  );
}

/**
 * @summary The editorial credit chain of an article (来源/编辑/责编/主编…), as a description list.
 *
 * @description
 * Renders an ordered list of credits, one role with one or more names each, as a `<dl>`: every
 * `<div part="item">` holds a `<dt>` with the role label and a `<dd>` with the names, so assistive
 * technology reads "编辑： 王珺茹" whatever the visible separator. Inline (the default) puts the items
 * on one line like the seed (`来源/永登县委统战部 编辑/王珺茹 责编/张旭峰 主编/顾学云`); stacked puts one per
 * line. Data comes from the `credits` property (`Credit[]` or the shorthand
 * `{ "source": "…", "editor": ["…", "…"] }`), the `data` attribute, an inline JSON script child,
 * `src` (an article document, whose credits are taken, or a bare credits document), or `for` (the id
 * of a `<news-article>` on the page). With no credits the element shows nothing and reports
 * `state="empty"`.
 *
 * @tag news-credits
 *
 * @slot - Fallback content shown while the data loads (e.g. server-rendered credits).
 * @slot empty - Content shown when there are no credits (nothing by default).
 * @slot error - Replaces the default error message.
 *
 * @csspart list - The `<dl>` holding the items.
 * @csspart item - One credit: a `<div>` wrapping its role and names.
 * @csspart role - The `<dt>` with the role label and the separator.
 * @csspart name - The `<dd>` with the names of the role, joined by the locale's list format.
 * @csspart separator - The visible separator after the role label (hidden from assistive technology).
 * @csspart status - The box of the error state.
 * @csspart status-loading - The wrapper of the loading state (fallback content or skeleton).
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop [--news-credits-font-size=0.875em] - Size of the credits, relative to the widget's base size.
 * @cssprop [--news-credits-gap=1em] - Space between items on a line (inline layout).
 * @cssprop [--news-credits-row-gap=0] - Space between lines of items.
 * @cssprop [--news-credits-role-color=var(--news-muted-color)] - Colour of the role labels.
 * @cssprop [--news-credits-name-color=var(--news-text-color)] - Colour of the names.
 * @cssprop [--news-credits-separator-color=inherit] - Colour of the separator.
 * @cssprop [--news-credits-role-font-weight=normal] - Weight of the role labels.
 * @cssprop [--news-credits-align=start] - Alignment of the items: `start`, `center` or `end`.
 * @cssprop [--news-font-family=PingFang SC, Microsoft YaHei, Noto Sans CJK SC, …, system-ui, sans-serif] - Font family (by default Latin fonts come first for English text).
 * @cssprop [--news-font-size=16px] - Base size that all em sizes derive from.
 * @cssprop [--news-font-scale=1] - Multiplier of the base size (the 大/中/小 switch).
 * @cssprop [--news-line-height=1.8] - Line height.
 * @cssprop [--news-text-color=#1f1f1f] - Text colour (names, status text).
 * @cssprop [--news-muted-color=#5f6368] - Secondary text colour (role labels).
 * @cssprop [--news-accent-color=#b3131b] - Accent of the error box.
 * @cssprop [--news-link-color=#0b4f9c] - Colour of the retry button.
 * @cssprop [--news-background-color=transparent] - Background.
 * @cssprop [--news-surface-color=#f4f5f7] - Background of the status box and skeleton.
 * @cssprop [--news-border-color=#e2e4e8] - Skeleton shimmer colour.
 * @cssprop [--news-focus-color=#1a73e8] - Focus ring colour.
 * @cssprop [--news-radius=0.25em] - Corner radius of the status box and button.
 * @cssprop [--news-max-width=none] - Maximum width of the element's content.
 *
 * @cssstate loading - While the data loads (`aria-busy="true"`).
 * @cssstate ready - Credits are shown.
 * @cssstate empty - There are no credits; nothing is shown.
 * @cssstate error - Loading or reading the data failed; an alert with a retry button is shown.
 *
 * @fires news-load - The credits were loaded and rendered (also when empty); `detail: { data, source }`.
 * @fires news-error - Loading or reading failed; `detail: { kind, message, url?, status?, problems? }`.
 */
export class NewsCreditsElement extends NewsElement<Credit[]> {
  static override get styles(): CSSResultGroup {
    return [hostStyles, styles];
  }

  static override get properties(): PropertyDeclarations {
    return {
      credits: { attribute: false },
      layout: { reflect: true, converter: { toAttribute: (v: string) => (v === 'inline' ? null : v) } },
      separator: {},
    };
  }

  /** The credits: ordered `Credit[]`, or the shorthand object `{ "source": "…", "editor": ["…"] }`. */
  credits?: Credit[] | CreditsShorthand;

  /** `inline` (default): all items on one line, wrapping as needed; `stacked`: one item per line. */
  layout: CreditsLayout = 'inline';

  /** Text shown between a role and its names (`/`, `：`, `: `…); by default `/`, or `: ` in English. */
  separator?: string;

  /**
   * Labels that replace the locale's: role labels keyed by role (`responsibleEditor`) or by a role name
   * (`责编`), `{ "responsibleEditor": "责任编辑" }`, and any other label by its key. As an attribute, a
   * JSON object.
   */
  declare labels?: CreditLabels;

  protected readonly expect = 'credits';

  /** Waits for the role names before the credits first show, when `labels` needs them. */
  protected override prepare(): void | Promise<void> {
    return loadRoles(this.labels);
  }

  protected override willShow(changed: PropertyValues): void {
    const loading = changed.has('labels') && loadRoles(this.labels);
    if (loading) this.waitFor(loading.then(() => this.requestUpdate()));
  }

  /** The label shown for a credit: a custom label, the locale's label, the credit's own label, the role. */
  protected labelOf(credit: Credit, locale: Locale, custom: Map<string, string>): string {
    return (
      custom.get(credit.role) ??
      (credit.label === undefined ? undefined : custom.get(credit.label)) ??
      roleLabel(locale, credit.role, this.labels) ??
      credit.label ??
      credit.role
    );
  }

  #customLabels(): Map<string, string> {
    const map = new Map<string, string>();
    const labels = this.labels;
    if (!labels || typeof labels !== 'object') return map;
    for (const [key, label] of Object.entries(labels)) {
      if (typeof label !== 'string') continue;
      map.set(roleNames.loaded?.mapRole(key).role ?? key, label);
    }
    for (const [key, label] of Object.entries(labels)) if (typeof label === 'string') map.set(key, label);
    return map;
  }

  protected renderReady(credits: Credit[]): TemplateResult {
    const locale = this.locale;
    const custom = this.#customLabels();
    const separator = html`<span part="separator" class="separator" aria-hidden="true"
      >${this.separator ?? this.t('creditSeparator')}</span
    >`;
    // Read by assistive technology in place of the visible separator, so every item is "role: names".
    const colon = html`<span class="visually-hidden sr">${this.t('colon')}</span>`;
    // No whitespace between the pieces: dt and dd are inline and any space would show.
    const item = (credit: Credit) => {
      const role = html`<dt part="role">${this.labelOf(credit, locale, custom)}${separator}${colon}</dt>`;
      const names = html`<dd part="name">${joinNames(locale, credit.names)}</dd>`;
      return html`<div part="item" class="item" data-role=${credit.role}>${role}${names}</div>`;
    };
    return html`<div class="root"><dl part="list" class="list">${credits.map(item)}</dl></div>`;
  }

  /** Nothing visible: an empty credit chain leaves no trace on the page (unless `empty` is slotted). */
  protected override renderEmpty(): TemplateResult {
    return html`<div class="root"><slot name="empty"></slot></div>`;
  }

  protected renderSkeleton(): TemplateResult {
    const lines = this.layout === 'stacked' ? [0, 1, 2, 3] : [0];
    return html`<div class="placeholder" aria-hidden="true">
      ${lines.map(() => html`<span class="skeleton"></span>`)}
    </div>`;
  }
}
