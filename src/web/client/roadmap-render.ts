/// <reference lib="dom" />
// Redraws the roadmap from the API's JSON with the same template and view the server used for the first render.
import { roadmapTemplate } from 'boussole:templates';
import type { Roadmap } from '../../arbiter/roadmap.js';
import type { UiLabels } from '../labels/ui-labels.js';
import { roadmapView } from '../view/roadmap-view.js';

export function renderRoadmap(
  target: HTMLElement,
  roadmap: Roadmap,
  t: UiLabels,
  fallbackStart: string | null,
  steering: boolean,
): void {
  // The template escapes every value: model and brief text stay text.
  target.innerHTML = roadmapTemplate(roadmapView(roadmap, t, { fallbackStart, steering }));
}
