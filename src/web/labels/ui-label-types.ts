// The shape of every word the web pages print that does not come from a brief or a model (each language fills it).

export type UiLanguage = 'fr' | 'en';

export interface UiLabels {
  lang: UiLanguage;
  appTagline: string;
  navNew: string;
  navRuns: string;
  navEvals: string;
  localOnly: string;

  newTitle: string;
  newLead: string;
  tabPaste: string;
  tabGuided: string;
  briefLabel: string;
  briefHint: string;
  briefPlaceholder: string;
  dropHint: string;
  dropped: string;
  providerLabel: string;
  providerOffline: string;
  providerOpenai: string;
  providerOther: string;
  providerModel: string;
  providerModels: string;
  providerOfflineShort: string;
  providerOpenaiShort: string;
  providerMixed: string;
  offlineNote: string;
  startLabel: string;
  startHint: string;
  langLabel: string;
  langAuto: string;
  draftButton: string;
  drafting: string;

  guidedLead: string;
  companyName: string;
  companyOffer: string;
  companyOfferHint: string;
  audience: string;
  businessModel: string;
  businessModelUnknown: string;
  goalsLegend: string;
  goalsHint: string;
  goalStatement: string;
  goalMetric: string;
  goalBaseline: string;
  goalTarget: string;
  goalUnit: string;
  goalMonths: string;
  budgetLegend: string;
  budgetAmount: string;
  budgetCurrency: string;
  budgetPeriod: string;
  teamLegend: string;
  teamPeople: string;
  teamHours: string;
  channelsLabel: string;
  channelsHint: string;
  competitorsLabel: string;
  competitorsHint: string;
  constraintsLabel: string;
  constraintsHint: string;
  busyLabel: string;
  required: string;
  needCompany: string;
  needGoal: string;

  runsTitle: string;
  runsEmpty: string;
  colCompany: string;
  colDate: string;
  colStatus: string;
  colVersion: string;
  colProvider: string;
  status: Record<'running' | 'complete' | 'failed', string>;

  progressTitle: string;
  agentNames: Record<string, string>;
  agentStatus: Record<string, string>;
  failedTitle: string;
  resumeHint: string;

  offlineBanner: string;
  replayBanner: string;
  /** The plan's own spend and team time: planned ('prévu'), never 'committed', which is spend the brief had booked. */
  summaryBudget: string;
  summaryCapacity: string;
  summaryGoals: string;
  summaryActions: string;
  noLimit: string;
  perMonth: string;
  timelineTitle: string;
  timelineEmpty: string;
  horizonsTitle: string;
  cost: string;
  effort: string;
  days: string;
  kpi: string;
  killCriterion: string;
  why: string;
  goalsServed: string;
  score: string;
  notNowTitle: string;
  notNowLead: string;
  leftOutTitle: string;
  leftOutLead: string;
  nothing: string;
  coverageTitle: string;
  covered: string;
  uncovered: string;
  kpisTitle: string;
  questionsTitle: string;
  questionsLead: string;
  warningsTitle: string;
  assumptionsTitle: string;
  checksTitle: string;
  decisionsTitle: string;
  changesTitle: string;
  changeKinds: Record<string, string>;
  reviewTitle: string;
  actionStatus: Record<string, string>;

  controlsTitle: string;
  controlsLead: string;
  budgetControl: string;
  capacityControl: string;
  horizonControl: string;
  profileControl: string;
  profiles: Record<'executive' | 'cmo' | 'smb', string>;
  months: string;
  previewNote: string;
  saveVersion: string;
  resetControls: string;
  saved: string;

  pin: string;
  unpin: string;
  lock: string;
  veto: string;
  vetoReason: string;
  vetoConfirm: string;
  editEstimate: string;
  applyEstimate: string;
  cancel: string;
  pinned: string;
  lockedIn: string;

  actualsTitle: string;
  actualsLead: string;
  actualsMonth: string;
  actualsAction: string;
  actualsValue: string;
  actualsSpend: string;
  actualsNote: string;
  addRow: string;
  reviewButton: string;

  compareTitle: string;
  compareLead: string;
  compareAdds: string;
  compareRemoves: string;
  compareSame: string;
  compareUnlock: string;
  compareButton: string;

  versionsTitle: string;
  versionCurrent: string;

  rerunTitle: string;
  rerunLead: string;
  rerunButton: string;
  cascade: string;

  downloadsTitle: string;
  fileDescriptions: Record<string, string>;

  evalsTitle: string;
  evalsLead: string;
  evalsEmpty: string;
  evalsLegend: string;
  evalsStale: string;
  evalsDelta: string;
  passed: string;
  failed: string;

  errorTitle: string;
  notFound: string;
  networkError: string;
  requestTimeout: string;
}
