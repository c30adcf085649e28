// Help texts of the commands that steer a roadmap over time: replan (and what-if), decide, review.
export const REPLAN_HELP = `Usage: boussole replan --run DIR [options]

Re-arbitrate a run with new constraints — no LLM call — and write the new version (the previous roadmap is kept
under versions/N/). Constraints set here are kept in the run's plan.json for every later decision, review or agent
rerun; --reset forgets them. The same run and the same options give the same files, byte for byte.

Options:
  --run DIR              the run directory (required)
  --budget N             marketing budget, in the brief's currency, over the brief's budget period
  --capacity-days N      team capacity in person-days per month
  --horizon-months N     planning horizon in months
  --profile NAME         executive | cmo | smb
  --start YYYY-MM        move month 1 of the plan
  --reset                forget the constraints earlier replans set
  --compare LIST         what-if, side by side, without changing the roadmap: e.g.
                         budget=-20%,budget=+20%,capacity=+50%,horizon=6,profile=smb (writes compare.md,
                         with what would unlock the next actions: "+4 000 € unlocks A7")
  -h, --help             show this help`;

export const DECIDE_HELP = `Usage: boussole decide --run DIR <one decision> [--why TEXT]

Decisions that last: kept in the run's decisions.json with their time and reason, applied by the arbiter on every
later re-arbitration (agent reruns, replans, reviews). An action the prioritizer renumbered is found again by its
channel and title; a decision whose action disappeared is reported, never dropped silently.

Decisions:
  --pin ID               schedule it if at all possible (else a warning names it and what blocks it)
  --veto ID              leave it out (code "vetoed", with your reason)
  --lock ID=HORIZON      fix its horizon: now, next or later
  --set ID KEY=N ...     override an estimate: cost=N, effort=N (person-days), target=N (the KPI's target)
  --undo ID              remove every decision on ID
  --list                 print the decisions in force
  --why TEXT             the reason, kept with the decision and shown in the roadmap
  -h, --help             show this help`;

export const REVIEW_HELP = `Usage: boussole review --run DIR --actuals FILE [--format csv|yaml|json]

Actual results in, a new version out. FILE has one row per action and month:
  month,action,value,spend,note        (French headers too: mois,action,valeur,dépense,note)
  2027-02,A3,12,450,"first webinar"
month is YYYY-MM; value is the action's KPI to date; spend is what it cost that month, in the roadmap's currency.
CSV with , ; or tab, or YAML/JSON (a list of rows). Bad rows (unknown action, month before the start or not yet
reached, negative or non-numeric figures) are all listed and nothing is written (exit 2).

Each action gets a status — done, on track, behind, stopped (its kill criterion fired, quoted with the figure) or
not started. Spend to date comes off the budget, past months are frozen, the rest is re-arbitrated: stopped actions
are left out, an over-performer's follow-up in the same channel is brought forward. The previous roadmap.json is
kept under versions/N/; changes.md and roadmap.json's \`changes\` say what moved and why. The same file applied
twice changes nothing.

Options:
  --run DIR              the run directory (required)
  --actuals FILE         the results (required)
  --format NAME          csv | yaml | json (default: from the file name)
  -h, --help             show this help`;
