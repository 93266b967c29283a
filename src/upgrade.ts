/**
 * A property set before the element was defined is an own property of the instance that hides
 * the class's accessor (Lit does this for its declared properties, not for plain accessors): hand
 * its value to the accessor, so that it is applied and later sets still work.
 */
export function upgradeProperty<T extends object>(el: T, name: keyof T & string): void {
  if (!Object.hasOwn(el, name)) return;
  const value = el[name];
  delete el[name];
  el[name] = value;
}
