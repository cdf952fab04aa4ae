/**
 * Results remembered by input object, checked against a shallow snapshot of that object (its own
 * keys and values, and those of any object value one level down): a list that gets a new array with
 * one changed item reads only that item again, while an object changed in place is read afresh.
 */
export class Memo<K, V> {
  #map = new WeakMap<object, { key: K; snap: unknown[]; value: V }>();

  get(input: object, key: K): V | undefined {
    const hit = this.#map.get(input);
    if (!hit || hit.key !== key) return undefined;
    const snap = snapshot(input);
    return hit.snap.length === snap.length && hit.snap.every((x, i) => x === snap[i]) ? hit.value : undefined;
  }

  set(input: object, key: K, value: V): V {
    this.#map.set(input, { key, snap: snapshot(input), value });
    return value;
  }
}

function snapshot(o: object): unknown[] {
  const snap: unknown[] = [];
  for (const [k, v] of Object.entries(o)) {
    snap.push(k, v);
    if (typeof v === 'object' && v !== null) for (const [k2, v2] of Object.entries(v)) snap.push(k2, v2);
  }
  return snap;
}
