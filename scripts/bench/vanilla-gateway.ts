/**
 * The peer of `bench:gateway`: a vanilla `@apollo/gateway` (the version we pin) with no plugins, in front
 * of the same subgraph. It only adds the internal token the subgraph requires (a fixed ADMIN identity,
 * re-signed every 30 s): no caller authentication, no limits, no masking.
 */

import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { supergraphSdl } from '../../gateway/supergraph.ts';
import { scopesForRoles } from '../../subgraphs/registry.ts';
import { signInternalToken } from '../../subgraphs/shared/auth.ts';

const secret = process.env.INTERNAL_TOKEN_SECRET ?? '';
const admin = { id: 'bench', roles: ['ADMIN'], scopes: scopesForRoles(['ADMIN']) };
let token = await signInternalToken(admin, secret);
setInterval(async () => {
  token = await signInternalToken(admin, secret);
}, 30_000).unref();

const gateway = new ApolloGateway({
  supergraphSdl: supergraphSdl(),
  buildService: ({ url }) =>
    new (class extends RemoteGraphQLDataSource {
      override willSendRequest({
        request,
      }: Parameters<NonNullable<RemoteGraphQLDataSource['willSendRequest']>>[0]) {
        request.http?.headers.set('authorization', `Bearer ${token}`);
      }
    })({ url: process.env.SUBGRAPH_CATALOG_URL ?? url }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 4900), host: '127.0.0.1' },
});
console.log(`vanilla gateway listening on ${url}`);
