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
    // Compared as it is walked: no allocation on the path every re-render takes.
    const snap = hit.snap;
    let i = 0;
    for (const k in input) {
      const v = (input as Record<string, unknown>)[k];
      if (snap[i++] !== k || snap[i++] !== v) return undefined;
      if (typeof v === 'object' && v !== null)
        for (const k2 in v)
          if (snap[i++] !== k2 || snap[i++] !== (v as Record<string, unknown>)[k2]) return undefined;
    }
    return i === snap.length ? hit.value : undefined;
  }

  set(input: object, key: K, value: V): V {
    this.#map.set(input, { key, snap: snapshot(input), value });
    return value;
  }
}

function snapshot(o: object): unknown[] {
  const snap: unknown[] = [];
  for (const k in o) {
    const v = (o as Record<string, unknown>)[k];
    snap.push(k, v);
    if (typeof v === 'object' && v !== null)
      for (const k2 in v) snap.push(k2, (v as Record<string, unknown>)[k2]);
  }
  return snap;
}
