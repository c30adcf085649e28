// Persona archetypes: the buyer types a drafter starts from, by business model and sector (data in personas-*.ts).
import type { BusinessModel } from '../../../agents/brief.js';
import { B2B_ARCHETYPES } from './personas-b2b.js';
import { B2C_ARCHETYPES } from './personas-b2c.js';
import type { ChannelId, Localized, LocalizedList } from './types.js';

export type ArchetypeId =
  | 'b2b_decision_maker'
  | 'b2b_champion'
  | 'b2b_finance'
  | 'b2b_founder_smb'
  | 'b2b_office_manager'
  | 'b2b_property_manager'
  | 'b2b_buyer'
  | 'b2c_quality_seeker'
  | 'b2c_value_seeker'
  | 'b2c_gift_buyer'
  | 'b2c_local_regular'
  | 'b2c_occasion_planner'
  | 'b2c_visitor'
  | 'b2c_career_changer'
  | 'b2c_homeowner';

export interface Archetype {
  readonly id: ArchetypeId;
  readonly models: readonly BusinessModel[];
  /** A first name and a label, e.g. "Claire, office manager". */
  readonly name: Localized;
  readonly segment: Localized;
  readonly role: Localized | null;
  readonly goals: LocalizedList;
  readonly pains: LocalizedList;
  readonly triggers: LocalizedList;
  readonly objections: LocalizedList;
  /** Channels where this archetype can be reached, from the channel catalogue. */
  readonly channels: readonly ChannelId[];
  readonly decisionCriteria: LocalizedList;
}

export const ARCHETYPES: readonly Archetype[] = [...B2B_ARCHETYPES, ...B2C_ARCHETYPES];

/** Archetypes to fall back on when the sector has none for the business model, in order of relevance. */
export const MODEL_ARCHETYPES: { readonly [M in BusinessModel]: readonly ArchetypeId[] } = {
  B2B: ['b2b_decision_maker', 'b2b_champion', 'b2b_finance', 'b2b_founder_smb'],
  B2C: ['b2c_quality_seeker', 'b2c_value_seeker', 'b2c_occasion_planner', 'b2c_gift_buyer'],
  B2B2C: ['b2b_decision_maker', 'b2c_quality_seeker', 'b2c_value_seeker', 'b2b_champion'],
  B2G: ['b2b_buyer', 'b2b_decision_maker', 'b2b_champion'],
  marketplace: ['b2c_value_seeker', 'b2b_founder_smb', 'b2c_quality_seeker', 'b2c_gift_buyer'],
  other: ['b2c_quality_seeker', 'b2c_value_seeker', 'b2b_founder_smb'],
};

export function archetypeById(id: ArchetypeId): Archetype {
  const found = ARCHETYPES.find((archetype) => archetype.id === id);
  if (!found) throw new Error(`Unknown persona archetype "${id}" in the offline knowledge base`);
  return found;
}
