/** The element's parent in the flat tree: across shadow roots (not out of frames). */
export function parentAcross(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode() as ShadowRoot | Document;
  return 'host' in root && root.host ? root.host : null;
}
