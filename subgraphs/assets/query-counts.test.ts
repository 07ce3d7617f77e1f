/**
 * Query-count baselines of assets through the gateway (pinned in query-counts.json): a page of units with
 * their model (the catalog), their place (a warehouse, a subscriber's premises or a site) and their last
 * history entry costs at most 3 statements in each subgraph at every page size (fewer when a page holds
 * no unit at a site); a page of CPE with their subscriber, ports and uplinks the same at every size; a page
 * of network units with how many subscribers each serves and the first of them, 3 in assets at every size.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useGraph } from '../../test/helpers.ts';
import { statementBaselines } from '../shared/baselines.ts';

const baselines = statementBaselines(fileURLToPath(new URL('./query-counts.json', import.meta.url)), {
  update: process.env.UPDATE_BASELINES === '1',
});

const PAGE_SIZES = [2, 10, 30, 100];

const QUERIES: Record<string, string> = {
  unitsPage: `query($first: Int!) { equipmentList(first: $first) { totalCount nodes { serial inventoryNumber status
    model { sku name } place { __typename ... on Warehouse { code } ... on Premises { addressText } ... on NetworkSite { code } }
    lastChange { change at } } } }`,
  cpePage: `query($first: Int!) { equipmentList(first: $first, filter: { roles: [CPE] }) { nodes { serial
    model { sku } subscriber { accountNumber } ports { name link { upstream { serial } } } } } }`,
  servingPage: `query($first: Int!) { equipmentList(first: $first, filter: { roles: [ACCESS, AGGREGATION, CORE] }) {
    nodes { serial servedSubscriberCount servedSubscriberConnection(first: 3) { totalCount nodes { id } } } } }`,
};

const SUBGRAPHS = ['assets', 'catalog', 'warehouse', 'subscribers'] as const;

describe('assets query counts through the gateway', () => {
  const g = useGraph({ seed: true, background: false });

  async function perSubgraph(name: string, first: number): Promise<number[]> {
    const before = SUBGRAPHS.map((s) => g.graph.subgraphs.get(s)!.database.stats.statements);
    const res = await baselines.check(`${name}@${first}`, g.graph.subgraphs.get('assets')!.database, () =>
      g.request(QUERIES[name]!, { variables: { first } }),
    );
    expect(res.body.errors).toBeUndefined();
    return SUBGRAPHS.map((s, i) => g.graph.subgraphs.get(s)!.database.stats.statements - (before[i] ?? 0));
  }

  it('answers a page of units with model, place and last change in at most 3 statements per subgraph', async () => {
    for (const first of PAGE_SIZES) {
      const per = await perSubgraph('unitsPage', first);
      expect(
        Math.max(...per),
        `statements (${SUBGRAPHS.join('/')}) at first: ${first}: ${per.join('/')}`,
      ).toBeLessThanOrEqual(3);
    }
  });

  it('answers a page of network units with whom each serves, counted and paged, in 3 statements at every size', async () => {
    for (const first of PAGE_SIZES) {
      const [assets, ...others] = await perSubgraph('servingPage', first);
      // The page, the counts (shared by servedSubscriberCount and totalCount), the pages of subscribers.
      expect(assets, `assets statements at first: ${first}`).toBe(3);
      expect(others).toEqual([0, 0, 0]);
    }
  });

  it('answers a page of CPE with subscriber, ports and uplinks in the same statements at every page size', async () => {
    const counts: string[] = [];
    for (const first of PAGE_SIZES) counts.push((await perSubgraph('cpePage', first)).join('/'));
    expect(
      new Set(counts).size,
      `statements (${SUBGRAPHS.join('/')}) per page size: ${counts.join(', ')}`,
    ).toBe(1);
  });
});
