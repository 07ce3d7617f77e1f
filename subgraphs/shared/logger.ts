import { type Logger, pino } from 'pino';

export type { Logger };

/** JSON logs; every line of a request carries its `requestId`. */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({ name, level, base: { service: name }, timestamp: pino.stdTimeFunctions.isoTime });
}
