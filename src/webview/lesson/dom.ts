/** A small helper for building elements; no framework, the panel is plain DOM. */

export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  id?: string;
  /** HTML made by the lesson renderer, which escapes raw HTML; never text from anywhere else. */
  html?: string;
  /** Attributes; `false` and `undefined` leave one out, `true` sets it empty. */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.id) element.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(name, listener as EventListener);
  }
  if (props.html !== undefined) element.innerHTML = props.html;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** A button; `label` is its text, `icon` a decorative glyph before it. */
export function button(label: string, onClick: () => void, options: { secondary?: boolean; icon?: string; focusId?: string; disabled?: boolean; ariaLabel?: string } = {}): HTMLButtonElement {
  return h('button', {
    class: options.secondary ? 'secondary' : undefined,
    attrs: { type: 'button', 'data-focus': options.focusId, disabled: options.disabled, 'aria-label': options.ariaLabel },
    on: { click: () => onClick() },
  }, options.icon ? h('span', { class: 'icon', attrs: { 'aria-hidden': 'true' } }, options.icon) : null, label);
}
