import { describe, expect, it } from 'vitest';
import { canMove, EVENT_TRANSITIONS, SERVICE_TRANSITIONS, SUBSCRIBER_TRANSITIONS } from './statuses.ts';

describe('status transitions', () => {
  it('moves a service PENDING → ACTIVE ⇄ SUSPENDED → TERMINATED, and never out of TERMINATED', () => {
    expect(canMove(SERVICE_TRANSITIONS, 'PENDING', 'ACTIVE')).toBe(true);
    expect(canMove(SERVICE_TRANSITIONS, 'PENDING', 'SUSPENDED')).toBe(false);
    expect(canMove(SERVICE_TRANSITIONS, 'ACTIVE', 'SUSPENDED')).toBe(true);
    expect(canMove(SERVICE_TRANSITIONS, 'SUSPENDED', 'ACTIVE')).toBe(true);
    expect(canMove(SERVICE_TRANSITIONS, 'SUSPENDED', 'TERMINATED')).toBe(true);
    for (const to of ['PENDING', 'ACTIVE', 'SUSPENDED', 'TERMINATED'] as const) {
      expect(canMove(SERVICE_TRANSITIONS, 'TERMINATED', to)).toBe(false);
    }
  });

  it('moves a subscriber PROSPECT → ACTIVE, never back to PROSPECT', () => {
    expect(canMove(SUBSCRIBER_TRANSITIONS, 'PROSPECT', 'ACTIVE')).toBe(true);
    expect(canMove(SUBSCRIBER_TRANSITIONS, 'ACTIVE', 'PROSPECT')).toBe(false);
    expect(canMove(SUBSCRIBER_TRANSITIONS, 'PROSPECT', 'SUSPENDED')).toBe(false);
    expect(canMove(SUBSCRIBER_TRANSITIONS, 'TERMINATED', 'ACTIVE')).toBe(false);
  });

  it('moves an event PLANNED → ACTIVE → COMPLETED, cancels only what is not over', () => {
    expect(canMove(EVENT_TRANSITIONS, 'PLANNED', 'ACTIVE')).toBe(true);
    expect(canMove(EVENT_TRANSITIONS, 'ACTIVE', 'COMPLETED')).toBe(true);
    expect(canMove(EVENT_TRANSITIONS, 'PLANNED', 'COMPLETED')).toBe(false);
    expect(canMove(EVENT_TRANSITIONS, 'ACTIVE', 'CANCELLED')).toBe(true);
    expect(canMove(EVENT_TRANSITIONS, 'COMPLETED', 'CANCELLED')).toBe(false);
  });
});
