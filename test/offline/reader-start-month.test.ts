// The plan's start month reaches the offline reader through the agent inputs: a dated goal is counted in months,
// and brief.read.yaml says from where.
import { describe, expect, it } from 'vitest';
import { AGENTS } from '../../agents/index.js';
import type { AgentRequest } from '../../src/llm/model.js';
import { createOfflineModel } from '../../src/offline/offline-model.js';
import { readBriefWithFiles } from '../../src/offline/reader/index.js';

const TEXT =
  "Nous sommes la Brûlerie du Port, torréfacteur à Sète. Notre objectif est d'atteindre 800 abonnés d'ici juin 2027.";

function briefRequest(start: string | null): AgentRequest<'brief'> {
  return {
    agentId: 'brief',
    schema: AGENTS.brief.output,
    system: '',
    user: '',
    model: 'offline-drafter',
    temperature: 0,
    inputs: { sourceText: TEXT, upstream: {}, language: 'fr', start },
  };
}

describe('the start month through the offline model', () => {
  it('counts "d\'ici juin 2027" from a plan starting in March 2027 as 4 months, and notes it', async () => {
    const model = createOfflineModel({ readBrief: readBriefWithFiles });
    const answer = await model.generate(briefRequest('2027-03'));
    expect(answer.output.goals[0]?.horizonMonths).toBe(4);
    const reading = answer.artifacts?.find((f) => f.name === 'brief.read.yaml')?.content ?? '';
    expect(reading).toContain("mois comptés du premier mois du plan jusqu'à la date de l'énoncé");
  });

  it('leaves the date uncounted when the run gives no start month (a resumed brief)', async () => {
    const model = createOfflineModel({ readBrief: readBriefWithFiles });
    const answer = await model.generate(briefRequest(null));
    expect(answer.output.goals[0]?.horizonMonths).toBeNull();
  });
});
