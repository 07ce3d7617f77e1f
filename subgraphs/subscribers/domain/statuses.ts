/** The allowed status changes of subscribers, services and company events. Pure. */

export type SubscriberStatus = 'PROSPECT' | 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
export type ServiceStatus = 'PENDING' | 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
export type CompanyEventStatus = 'PLANNED' | 'ACTIVE' | 'COMPLETED' | 'CANCELLED';

export const SUBSCRIBER_TRANSITIONS: Readonly<Record<SubscriberStatus, readonly SubscriberStatus[]>> = {
  PROSPECT: ['ACTIVE', 'TERMINATED'],
  ACTIVE: ['SUSPENDED', 'TERMINATED'],
  SUSPENDED: ['ACTIVE', 'TERMINATED'],
  TERMINATED: [],
};

export const SERVICE_TRANSITIONS: Readonly<Record<ServiceStatus, readonly ServiceStatus[]>> = {
  PENDING: ['ACTIVE', 'TERMINATED'],
  ACTIVE: ['SUSPENDED', 'TERMINATED'],
  SUSPENDED: ['ACTIVE', 'TERMINATED'],
  TERMINATED: [],
};

export const EVENT_TRANSITIONS: Readonly<Record<CompanyEventStatus, readonly CompanyEventStatus[]>> = {
  PLANNED: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

/** Whether `from → to` is allowed by `table`. */
export const canMove = <S extends string>(
  table: Readonly<Record<S, readonly S[]>>,
  from: S,
  to: S,
): boolean => table[from]?.includes(to) ?? false;

/** Statuses that need a reason to move to. */
export const NEEDS_REASON: ReadonlySet<string> = new Set(['SUSPENDED', 'TERMINATED']);
