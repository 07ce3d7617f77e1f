import { describe, expect, it } from 'vitest';
import { useGraph } from '../helpers.ts';

describe('the graph', () => {
  const g = useGraph({ seed: true });

  it('answers a catalog query through the gateway with a token', async () => {
    const { status, body } = await g.request('{ catalogItems(first: 5) { totalCount nodes { sku } } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.catalogItems.totalCount).toBeGreaterThan(10);
    expect(body.data?.catalogItems.nodes).toHaveLength(5);
  });
});
