import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, userError } from '../../shared/errors.ts';
import { optionalText, uuid } from '../../shared/fields.ts';
import { GraphQLClientError } from '../../shared/graph-client.ts';
import { monitoringConfig } from '../config.ts';
import { type TargetRow, targets, unitStates } from '../db/tables.ts';
import { MonitoringErrorCode as E } from '../domain/errors.ts';
import { DEFAULT_PROFILES, MAX_EXTRA_OIDS, validateOid } from '../snmp/profiles.ts';
import { openSecret, sealSecret } from './credentials.ts';
import { defineVerb, recordChange } from './kit.ts';
import { readUnits, storeUnits } from './units.ts';

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** An IPv4/IPv6 address or a host name; INVALID_ADDRESS otherwise. */
const host = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (isIP(value) || HOSTNAME.test(value)) return value.toLowerCase();
    ctx.addIssue({
      code: 'custom',
      message: `«${value}» is not an address or host name`,
      params: { code: E.INVALID_ADDRESS },
    });
    return z.NEVER;
  });

const passphrase = z.string().min(8, 'A USM passphrase has at least 8 characters').max(255).nullish();

export const configureMonitoringInput = z.object({
  equipmentId: uuid,
  host,
  port: z.number().int().min(1).max(65535).default(161),
  version: z.enum(['V2C', 'V3']),
  community: z.string().min(1).max(255).nullish(),
  user: optionalText(64),
  securityLevel: z.enum(['NO_AUTH_NO_PRIV', 'AUTH_NO_PRIV', 'AUTH_PRIV']).nullish(),
  authProtocol: z.enum(['SHA', 'SHA256']).nullish(),
  authKey: passphrase,
  privProtocol: z.enum(['AES']).nullish(),
  privKey: passphrase,
  intervalSeconds: z.number().int().min(10, 'At least 10 seconds').max(3600).default(60),
  profile: z.string().trim().min(1).max(64).default('access'),
  extraOids: z
    .array(
      z
        .string()
        .trim()
        .refine(validateOid, {
          message: 'An OID is numeric and dotted, e.g. 1.3.6.1.2.1.1.6.0',
          params: { code: E.INVALID_OID },
        }),
    )
    .max(MAX_EXTRA_OIDS, `At most ${MAX_EXTRA_OIDS} extra OIDs`)
    .nullish()
    .transform((list) => [...new Set(list ?? [])]),
  failureThreshold: z.number().int().min(1).max(20).default(3),
  enabled: z.boolean().default(true),
});

/** Where in its interval a unit is polled: fixed per unit, spread evenly over all units. */
export function phaseSeconds(equipmentId: string, intervalSeconds: number): number {
  const h = createHash('sha1').update(equipmentId).digest();
  return (h.readUInt32BE(0) / 0x1_0000_0000) * intervalSeconds;
}

/** The settings as audited and shown: never the sealed secret. */
export const withoutSecret = ({ secret, ...rest }: TargetRow) => ({
  ...rest,
  hasCredentials: secret !== null,
});

/**
 * Sets how a unit is monitored. Credentials are sealed (AES-256-GCM) and never returned or audited;
 * a change that omits them keeps the stored ones when the version and user stay the same. The unit must be
 * one assets records (checked through the graph when the gateway is known). Its first poll falls at its
 * phase of the interval.
 */
export const configureMonitoring = defineVerb({
  name: 'configureMonitoring',
  input: configureMonitoringInput,
  async run(ctx, input, tx) {
    const { sealer } = monitoringConfig();
    if (!Object.hasOwn(DEFAULT_PROFILES, input.profile)) {
      throw new DomainError(
        userError(
          E.UNKNOWN_PROFILE,
          `No poll profile «${input.profile}»; known: ${Object.keys(DEFAULT_PROFILES).join(', ')}`,
          ['input', 'profile'],
        ),
      );
    }
    const [before] = await tx.db
      .select()
      .from(targets)
      .where(eq(targets.equipmentId, input.equipmentId))
      .for('update');
    const kept =
      before?.secret && before.version === input.version && (before.user ?? null) === (input.user ?? null)
        ? openSecret(sealer, input.equipmentId, before.secret)
        : {};
    const errors = [];
    let secret: { community?: string; authKey?: string; privKey?: string } = {};
    let level: string | null = null;
    if (input.version === 'V2C') {
      const community = input.community ?? kept.community;
      if (!community)
        errors.push(userError(E.CREDENTIALS_REQUIRED, 'SNMP v2c needs a community', ['input', 'community']));
      secret = { community: community ?? '' };
    } else {
      level = input.securityLevel ?? 'AUTH_PRIV';
      if (!input.user)
        errors.push(userError(E.CREDENTIALS_REQUIRED, 'SNMP v3 needs a USM user', ['input', 'user']));
      if (level !== 'NO_AUTH_NO_PRIV') {
        const authKey = input.authKey ?? kept.authKey;
        if (!authKey) {
          errors.push(
            userError(E.CREDENTIALS_REQUIRED, 'This security level needs an authentication passphrase', [
              'input',
              'authKey',
            ]),
          );
        }
        secret.authKey = authKey ?? '';
      }
      if (level === 'AUTH_PRIV') {
        const privKey = input.privKey ?? kept.privKey;
        if (!privKey) {
          errors.push(
            userError(E.CREDENTIALS_REQUIRED, 'authPriv needs a privacy passphrase', ['input', 'privKey']),
          );
        }
        secret.privKey = privKey ?? '';
      }
    }
    if (errors.length) throw new DomainError(errors);

    if (ctx.graph) {
      let found: Awaited<ReturnType<typeof readUnits>>;
      try {
        found = await readUnits(ctx.graph, [input.equipmentId]);
      } catch (error) {
        if (!(error instanceof GraphQLClientError) && !(error instanceof Error)) throw error;
        throw new DomainError(
          userError(E.ASSETS_UNAVAILABLE, 'Assets could not be asked about the unit; try again', [
            'input',
            'equipmentId',
          ]),
        );
      }
      if (!found.length) {
        throw new DomainError(userError(E.NOT_FOUND, 'No such unit in assets', ['input', 'equipmentId']));
      }
      await storeUnits(tx.db, found);
    }

    const now = new Date();
    const values = {
      host: input.host,
      port: input.port,
      version: input.version,
      user: input.version === 'V3' ? input.user : null,
      securityLevel: level,
      authProtocol:
        input.version === 'V3' && level !== 'NO_AUTH_NO_PRIV' ? (input.authProtocol ?? 'SHA256') : null,
      privProtocol: input.version === 'V3' && level === 'AUTH_PRIV' ? (input.privProtocol ?? 'AES') : null,
      secret: sealSecret(sealer, input.equipmentId, secret),
      intervalSeconds: input.intervalSeconds,
      profile: input.profile,
      extraOids: input.extraOids,
      failureThreshold: input.failureThreshold,
      enabled: input.enabled,
      updatedAt: now,
    };
    const first = new Date(now.getTime() + phaseSeconds(input.equipmentId, input.intervalSeconds) * 1000);
    const [row] = await tx.db
      .insert(targets)
      .values({ equipmentId: input.equipmentId, nextPollAt: first, ...values })
      .onConflictDoUpdate({
        target: targets.equipmentId,
        set: {
          ...values,
          // A new interval starts the unit's phase again; otherwise its schedule stands.
          ...(before && before.intervalSeconds !== input.intervalSeconds ? { nextPollAt: first } : {}),
        },
      })
      .returning();
    if (!row) throw new Error('configureMonitoring: no row');
    await tx.db.insert(unitStates).values({ equipmentId: input.equipmentId }).onConflictDoNothing();
    await recordChange(ctx, tx, {
      entityType: 'MonitoringSettings',
      entityId: input.equipmentId,
      action: before ? 'update' : 'create',
      ...(before ? { before: withoutSecret(before) } : {}),
      after: withoutSecret(row),
    });
    return row;
  },
});
