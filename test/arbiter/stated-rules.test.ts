// The brief's own rules reach the actions (review 2, D10): a ban on promotion leaves the referral reward out in the
// brief's words, a regulated profession gets a labelled caution, and an accessibility rule is attached to the video
// and social actions it governs. Hand-authored candidates.
import { describe, expect, it } from 'vitest';
import type { Candidate, Exclusion } from '../../src/arbiter/candidate.js';
import type { RoadmapWarning } from '../../src/arbiter/roadmap.js';
import { applyStatedRules } from '../../src/arbiter/stated-rules.js';

const candidate = (id: string, channel: string, title: string) =>
  ({ id, source: { id, channel, title, description: '' } }) as unknown as Candidate;
const candidates = [
  candidate('A1', 'parrainage', 'Parrainage : chaque client recommande quelqu’un, une récompense simple'),
  candidate('A2', 'réseaux sociaux', 'Deux publications par semaine'),
  candidate('A3', 'avis', 'Demander un avis à chaque client'),
];

function run(constraints: string[], identity = '', language: 'fr' | 'en' = 'fr') {
  const excluded = new Map<string, Exclusion>();
  const warnings: RoadmapWarning[] = [];
  applyStatedRules({ constraints, identity, language }, candidates, excluded, warnings);
  return { excluded, warnings };
}

describe('rules the brief states', () => {
  it('leaves the referral reward out under a ban on promotional advertising, quoting the brief', () => {
    const { excluded } = run([
      'Code de déontologie : pas de publicité comparative ni promotionnelle sur les actes',
    ]);
    expect([...excluded.keys()]).toEqual(['A1']);
    expect(excluded.get('A1')!.reason).toContain(
      '« Code de déontologie : pas de publicité comparative ni promotionnelle sur les actes »',
    );
  });

  it('gives a regulated profession a caution to check, not a legal claim', () => {
    const { excluded } = run([], 'Étude de Maître Garnier, notaire à Angers');
    expect([...excluded.keys()]).toEqual(['A1']);
    expect(excluded.get('A1')!.reason).toMatch(/par prudence.*À vérifier/);
  });

  it('attaches an accessibility rule to the actions it governs without leaving them out', () => {
    const { excluded, warnings } = run([
      'Pénurie d’interprètes. Vidéos marketing obligatoirement accessibles (LSF + sous-titres).',
    ]);
    expect(excluded.size).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.refs).toEqual(['A2']);
    expect(warnings[0]!.message).toContain(
      'Vidéos marketing obligatoirement accessibles (LSF + sous-titres)',
    );
  });

  it('does nothing when the brief states no rule', () => {
    const { excluded, warnings } = run(['Budget serré cette année'], 'Boulangerie à Lyon');
    expect(excluded.size + warnings.length).toBe(0);
  });
});
