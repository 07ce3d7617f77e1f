/** `npm run token -- --role DISPATCHER [--subject alice] [--ttl 2h]` prints a development token. */
import { parseArgs } from 'node:util';
import { signDevToken } from '../gateway/auth.ts';
import { loadGatewayConfig } from '../gateway/config.ts';
import { isRole, ROLES } from '../subgraphs/shared/roles.ts';

const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'ADMIN' },
    subject: { type: 'string' },
    ttl: { type: 'string' },
  },
});
const role = (values.role ?? 'ADMIN').toUpperCase();
if (!isRole(role)) {
  console.error(`Unknown role "${values.role}". Roles: ${ROLES.join(', ')}`);
  process.exit(2);
}
const config = loadGatewayConfig(process.env);
if (config.jwt.jwksUrl) {
  console.error('JWKS_URL is set: tokens come from your identity provider, not from this command');
  process.exit(2);
}
console.log(
  await signDevToken(
    {
      role,
      ...(values.subject ? { subject: values.subject } : {}),
      ...(values.ttl ? { ttl: values.ttl } : {}),
    },
    config.jwt.secret,
  ),
);
