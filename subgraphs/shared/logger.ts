import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * JSON logs of one process, named after it. Each service's lines carry `service` (its child logger
 * binds it once) and every line of a request its `requestId`.
 */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({ name, level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}
