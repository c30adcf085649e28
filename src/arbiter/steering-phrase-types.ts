// Sentences about dates, decisions, reviews and changes, as one interface each language implements.
/** A figure with its unit, already formatted by the caller's language rules. */
export interface ReviewFigures {
  value: string;
  target: string | null;
  expected: string | null;
  spend: string;
  asOf: string;
}

export interface SteeringPhrases {
  /** "janvier 2027" / "January 2027". */
  monthName(month: string): string;
  /** Month of the year 1-12 alone: "juillet" / "July". */
  monthOfYear(month: number): string;

  startStated(start: string): string;
  noStart(): string;
  busyStated(months: number[]): string;
  committedStated(total: string, items: string[]): string;
  committedOverBudget(committed: string, budget: string): string;
  reviewStated(asOf: string, spent: string, left: string | null): string;

  // Not-now reasons.
  vetoed(why: string | null): string;
  stopped(criterion: string, figures: ReviewFigures): string;
  busyMonths(effortDays: number, months: number[]): string;
  lockedNoRoom(horizonLabel: string, why: string): string;

  // Why a scheduled action is where it is, when a decision, a deadline or a review put it there.
  pinned(horizonLabel: string, why: string | null): string;
  locked(horizonLabel: string, why: string | null): string;
  forDeadline(what: string, month: string, horizonLabel: string): string;
  followUp(ofId: string, horizonLabel: string): string;
  continuing(horizonLabel: string): string;
  done(): string;
  outsideBusy(months: number[]): string;

  // Decisions.
  decisionApplied(kind: 'pin' | 'veto' | 'lock' | 'set', id: string, detail: string | null): string;
  decisionRenumbered(from: string, to: string): string;
  decisionBlocked(kind: 'pin' | 'lock', id: string, reason: string): string;
  decisionOrphaned(kind: string, id: string, title: string): string;
  decisionConflict(id: string): string;
  setDetail(cost: string | null, effort: string | null, target: string | null): string;

  // Warnings.
  deadlineAtRisk(id: string, what: string, month: string): string;
  actualsIgnored(ids: string[]): string;

  // Review statuses.
  statusDone(f: ReviewFigures): string;
  statusOnTrack(f: ReviewFigures): string;
  statusBehind(f: ReviewFigures): string;
  statusNotStarted(): string;
  statusStopped(criterion: string, f: ReviewFigures): string;
  criterionUnread(criterion: string): string;
  overPerformer(id: string, followUp: string | null, f: ReviewFigures): string;

  // Changes between two versions.
  changePromoted(fromLabel: string, toLabel: string, why: string): string;
  changeDemoted(fromLabel: string, toLabel: string, why: string): string;
  changeAdded(toLabel: string, why: string): string;
  changeRemoved(why: string | null): string;
  changeStopped(why: string): string;
  changeDone(why: string): string;
  changeDecided(message: string): string;
  monthsPassed(horizonLabel: string): string;
  deferredLabel: string;
  excludedLabel: string;
}
