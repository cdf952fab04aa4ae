import { KNOWN_ROLES, type Credit, type KnownRole } from './model.js';
import { type Ctx, type Obj, arr, isObj, join } from './context.js';
import { plain } from './text.js';

const ALIASES = new Map<string, KnownRole>();
const alias = (role: KnownRole, names: string) => {
  for (const n of [role, ...names.split(' ')]) ALIASES.set(key(n), role);
};
const key = (name: string) => name.toLowerCase().replace(/[\s_\-.:：/]+/g, '');
alias('source', '来源 來源 出处 稿源 sourceorganization credittext');
alias('author', '作者 撰文 文 writer byline');
alias('reporter', '记者 記者 correspondent');
alias('photographer', '摄影 攝影 摄 攝 图 圖 photo photos');
alias('editor', '编辑 編輯');
alias('responsibleEditor', '责任编辑 責任編輯 责编 責編 accountableperson');
alias('reviewer', '审核 審核 reviewedby');
alias('chiefEditor', '主编 主編 总编 總編 editorinchief');
alias('proofreader', '校对 校對');
alias('producer', '监制 監製');
alias('finalReviewer', '终审 終審 finalreview');

/** Maps a role name in zh or en ("责任编辑", "Editor-in-Chief", "responsibleEditor") to our role. */
export function mapRole(name: string): { role: string; label?: string } {
  const n = name.trim();
  const role = ALIASES.get(key(n));
  return role ? { role } : { role: n, label: n };
}

const rank = (role: string) => {
  const i = (KNOWN_ROLES as readonly string[]).indexOf(role);
  return i < 0 ? KNOWN_ROLES.length : i;
};

/** Sorts credits into the display order of KNOWN_ROLES; unknown roles follow in their given order. */
export const sortCredits = (list: Credit[]): Credit[] => list.sort((a, b) => rank(a.role) - rank(b.role));

/** Adds names under a role, merging with an existing credit of the same role and label. */
export function addCredit(list: Credit[], role: string, names: string[], label?: string): void {
  if (!names.length) return;
  const c = list.find((x) => x.role === role && x.label === label);
  if (!c)
    list.push(
      label === undefined
        ? { role, names: [...new Set(names)] }
        : { role, names: [...new Set(names)], label },
    );
  else for (const n of names) if (!c.names.includes(n)) c.names.push(n);
}

/** Names from a string, an array, or objects with a `name`; a byline's "By " is not part of the name. */
export function namesOf(v: unknown): string[] {
  return arr(v).flatMap((x) => {
    const s = plain(isObj(x) ? x.name : x)?.replace(/^by\s+/i, '') || undefined;
    return s === undefined ? [] : [s];
  });
}

/** True for the shorthand `{ "source": "…", "editor": ["…", "…"] }`: every value a string or strings. */
export function isShorthand(o: Obj): boolean {
  const values = Object.values(o);
  return (
    values.length > 0 &&
    values.every((v) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))
  );
}

/** The credits shorthand → ordered Credit[]; unknown keys keep their order and become the label. */
export function fromShorthand(o: Obj, ctx: Ctx, path: string): Credit[] {
  const list: Credit[] = [];
  for (const [k, v] of Object.entries(o)) {
    // One string may hold several names, as editors type them: "李四、王五", "Li Na, Tom Baker".
    const names = namesOf(typeof v === 'string' ? v.split(/\s*[、，,;；]\s*/) : v);
    if (!names.length || !k.trim()) {
      ctx.warn(join(path, k), `credit without ${k.trim() ? 'names' : 'role'} dropped`);
      continue;
    }
    const { role, label } = mapRole(k);
    addCredit(list, role, names, label);
  }
  return sortCredits(list);
}

/** Native `credits`: an array of Credit (order kept) or the shorthand object (ordered). */
export function creditsValue(v: unknown, ctx: Ctx, path: string): Credit[] {
  if (isObj(v)) return fromShorthand(v, ctx, path);
  if (!Array.isArray(v)) {
    if (v !== undefined) ctx.warn(path, 'credits must be an array or an object; ignored');
    return [];
  }
  const list: Credit[] = [];
  v.forEach((c, i) => {
    const p = join(path, i);
    const roleName = isObj(c) ? plain(c.role) : undefined;
    const names = isObj(c) ? namesOf(c.names ?? c.name) : [];
    if (!roleName || !names.length)
      return ctx.warn(p, `credit without ${roleName ? 'names' : 'role'} dropped`);
    const mapped = mapRole(roleName);
    addCredit(list, mapped.role, names, plain((c as Obj).label) ?? mapped.label);
  });
  return list;
}
