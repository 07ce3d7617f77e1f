import { describe, expect, it } from 'vitest';
import { DEMO_ITEM_NAMESPACE, demoItemId, uuidV5 } from './ids.ts';

describe('name-based ids', () => {
  it('gives the UUID v5 other implementations give for the same name', () => {
    // Python's documented example: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });

  it('names a demo item by its SKU, always the same', () => {
    expect(DEMO_ITEM_NAMESPACE).toBe('a3a32b78-d939-5711-8b5c-1dd6a55a7aff');
    expect(demoItemId('ONT-HG8245H')).toBe('19061c31-af5d-5302-aac9-bdbb1fc9300d');
    expect(demoItemId('ONT-HG8245H')).not.toBe(demoItemId('ONT-F670L'));
  });
});
