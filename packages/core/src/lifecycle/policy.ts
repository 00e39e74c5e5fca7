/** Time limits of the loop that are not per category. A portal may pass its own. */
export interface LifecyclePolicy {
  /** Days a dispatcher has to accept or reject a new suggestion. */
  acceptDays: number;
  /** Days after a reply when an unrated suggestion is closed by the system. */
  autoCloseDays: number;
  /** Days between two system urges of the same overdue suggestion. */
  urgeEveryDays: number;
}

export const defaultPolicy: LifecyclePolicy = { acceptDays: 3, autoCloseDays: 15, urgeEveryDays: 3 };

export const dayMs = 24 * 60 * 60 * 1000;

export function addDays(at: string, days: number): string {
  return new Date(Date.parse(at) + days * dayMs).toISOString();
}
