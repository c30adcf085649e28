// references_resolve: every goal, persona, SWOT and action id cited by an agent exists where it should.
import { cannotCheck, listSome, needOutputs, ratio } from './agent-output.js';
import { defineCheck } from './define-check.js';

const key = (id: string) => id.trim().toUpperCase();

export const referencesResolve = defineCheck({
  name: 'references_resolve',
  column: 'refs',
  catches: 'a goal, persona, SWOT or action id cited by an agent that does not exist where it should',
  plantedFault: 'dangling_persona',
  run: (c) => {
    const got = needOutputs(c, [
      'brief',
      'swot',
      'personas',
      'positioning',
      'journey',
      'prioritizer',
    ] as const);
    if (!got.ok) return cannotCheck(got.missing);
    const { brief, swot, personas, positioning, journey, prioritizer } = got.outputs;
    const goals = new Set(brief.goals.map((g) => key(g.id)));
    const personaIds = new Set(personas.personas.map((p) => key(p.id)));
    const swotIds = new Set(
      [...swot.strengths, ...swot.weaknesses, ...swot.opportunities, ...swot.threats].map((i) => key(i.id)),
    );
    const actionIds = new Set(prioritizer.actions.map((a) => key(a.id)));

    let total = 0;
    const dangling: string[] = [];
    const cite = (where: string, id: string, known: ReadonlySet<string>) => {
      total += 1;
      if (!known.has(key(id))) dangling.push(`${where} → ${id} does not exist`);
    };
    swot.implications.forEach((imp, i) => {
      for (const id of imp.itemIds) cite(`swot implications[${i}]`, id, swotIds);
    });
    positioning.differentiators.forEach((d, i) => {
      for (const id of d.swotIds) cite(`positioning differentiators[${i}]`, id, swotIds);
    });
    for (const pillar of positioning.messagingPillars)
      cite('positioning messagingPillars', pillar.personaId, personaIds);
    for (const j of journey.journeys) cite('journey', j.personaId, personaIds);
    for (const action of prioritizer.actions) {
      for (const id of action.goalIds) cite(`prioritizer ${action.id}.goalIds`, id, goals);
      for (const id of action.personaIds) cite(`prioritizer ${action.id}.personaIds`, id, personaIds);
      for (const id of action.swotIds) cite(`prioritizer ${action.id}.swotIds`, id, swotIds);
      for (const id of action.dependsOn) cite(`prioritizer ${action.id}.dependsOn`, id, actionIds);
    }
    if (dangling.length === 0) return { pass: true, score: 1, reason: `${total} references resolve` };
    return {
      pass: false,
      score: ratio(total - dangling.length, total),
      reason: `${dangling.length} of ${total} references dangle: ${listSome(dangling)}`,
    };
  },
});
