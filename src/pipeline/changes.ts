// The changelog between two versions of a roadmap: what was promoted, demoted, stopped, done, added or removed, and why.
import type { HorizonId, Roadmap, RoadmapChange } from '../arbiter/index.js';
import { steeringPhrasesFor } from '../arbiter/index.js';

type Where = HorizonId | 'deferred' | 'excluded';

interface Place {
  where: Where;
  label: string;
  title: string;
  why: string;
  code: string | null;
  status: string;
}

function places(roadmap: Roadmap): Map<string, Place> {
  const map = new Map<string, Place>();
  for (const h of roadmap.horizons) {
    for (const a of h.actions) {
      map.set(a.id, {
        where: h.id,
        label: h.label,
        title: a.title,
        why: a.rationale,
        code: null,
        status: a.status,
      });
    }
  }
  const p = steeringPhrasesFor(roadmap.language);
  for (const where of ['deferred', 'excluded'] as const) {
    for (const a of roadmap[where]) {
      const label = where === 'deferred' ? p.deferredLabel : p.excludedLabel;
      map.set(a.id, { where, label, title: a.title, why: a.reason, code: a.code, status: where });
    }
  }
  return map;
}

const RANK: Record<Where, number> = { now: 0, next: 1, later: 2, deferred: 3, excluded: 4 };
const ORDER: Record<RoadmapChange['kind'], number> = {
  stopped: 0,
  done: 1,
  promoted: 2,
  demoted: 3,
  added: 4,
  removed: 5,
  decided: 6,
};

/** Compared by action id; reasons are the new roadmap's, in its language. */
export function computeChanges(before: Roadmap, after: Roadmap): RoadmapChange[] {
  const p = steeringPhrasesFor(after.language);
  const was = places(before);
  const now = places(after);
  const past = new Set<string>(
    after.horizons.filter((h) => h.pastMonths >= h.endMonth - h.startMonth).map((h) => h.id),
  );
  const changes: RoadmapChange[] = [];
  for (const id of [...new Set([...was.keys(), ...now.keys()])]) {
    const from = was.get(id);
    const to = now.get(id);
    const base = {
      id,
      title: to?.title ?? from?.title ?? '',
      from: from?.where ?? null,
      to: to?.where ?? null,
    };
    if (to?.code === 'stopped' && from?.code !== 'stopped') {
      changes.push({ ...base, kind: 'stopped', reason: p.changeStopped(to.why) });
      continue;
    }
    if (to?.status === 'done' && from?.status !== 'done') {
      changes.push({ ...base, kind: 'done', reason: p.changeDone(to.why) });
      continue;
    }
    if (!to) {
      if (from && from.where !== 'excluded')
        changes.push({ ...base, kind: 'removed', reason: p.changeRemoved(null) });
      continue;
    }
    if (!from) {
      if (RANK[to.where] < RANK.deferred)
        changes.push({ ...base, kind: 'added', reason: p.changeAdded(to.label, to.why) });
      continue;
    }
    if (RANK[to.where] < RANK[from.where]) {
      changes.push({ ...base, kind: 'promoted', reason: p.changePromoted(from.label, to.label, to.why) });
    } else if (RANK[to.where] > RANK[from.where]) {
      // An action under way that carries on past its horizon's months has not been pushed back: it continues.
      if (to.status === 'on_track' || to.status === 'behind') continue;
      const why = past.has(from.where) ? `${p.monthsPassed(from.label)} ${to.why}` : to.why;
      changes.push({ ...base, kind: 'demoted', reason: p.changeDemoted(from.label, to.label, why) });
    } else if (to.code !== from.code && to.code === 'vetoed') {
      changes.push({ ...base, kind: 'decided', reason: p.changeDecided(to.why) });
    }
  }
  // Estimate overrides and decisions that could not be honoured move nothing but must still be read.
  const known = new Set(before.decisions.map((d) => `${d.kind}|${d.actionId}|${d.status}|${d.message}`));
  for (const d of after.decisions) {
    if (known.has(`${d.kind}|${d.actionId}|${d.status}|${d.message}`)) continue;
    if (d.kind !== 'set' && d.status === 'applied') continue;
    const place = d.appliedTo === null ? undefined : now.get(d.appliedTo);
    changes.push({
      kind: 'decided',
      id: d.appliedTo ?? d.actionId,
      title: place?.title ?? '',
      from: place?.where ?? null,
      to: place?.where ?? null,
      reason: p.changeDecided(d.message),
    });
  }
  return changes.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
