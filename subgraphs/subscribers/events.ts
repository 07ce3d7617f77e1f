/**
 * The events the subscribers module publishes (pg-boss, in the same transaction as the change). Payloads
 * carry what consumers need to act without asking back.
 */
export const SubscribersEvent = {
  /** `{ id, accountNumber, kind, status, displayName, change }`: created, details or status changed. */
  SUBSCRIBER_CHANGED: 'subscribers.subscriber.changed',
  /** `{ id, subscriberId, premisesId, tariffId, status, price, pricePeriod, change }` */
  SERVICE_CHANGED: 'subscribers.service.changed',
} as const;
