import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILES, validateOid, validateProfile } from './profiles.ts';

describe('validateOid', () => {
  it('accepts numeric dotted OIDs', () => {
    for (const oid of ['1.3', '1.3.6.1.2.1.1.3.0', '0.0', '2.999.1', '1.3.6.1.4.1.2011.4294967295']) {
      expect(validateOid(oid), oid).toBe(true);
    }
  });
  it('refuses names, a leading dot, one arc, a first arc above 2, leading zeros and huge arcs', () => {
    for (const oid of [
      '',
      'sysName.0',
      '.1.3.6',
      '1',
      '3.1',
      '1.3.06',
      '1.-3',
      '1.3.4294967296',
      '1..3',
      '1.3.',
      '1.40',
      ' 1.3',
    ]) {
      expect(validateOid(oid), oid).toBe(false);
    }
  });
});

describe('validateProfile', () => {
  it('accepts the built-in profiles', () => {
    for (const p of Object.values(DEFAULT_PROFILES)) expect(validateProfile(p)).toEqual([]);
  });
  it('names the path of each problem', () => {
    expect(
      validateProfile({
        name: '',
        groups: ['system', 'routing', 'system'],
        extraOids: ['1.3.6.1.2.1.1.4.0', 'ifName'],
      }),
    ).toEqual([
      { path: 'name', message: 'name must be a non-empty string' },
      { path: 'groups[1]', message: expect.stringContaining('unknown group "routing"') },
      { path: 'groups[2]', message: 'group system is listed twice' },
      { path: 'extraOids[1]', message: expect.stringContaining('is not a numeric OID') },
    ]);
  });
  it('refuses a profile that fetches nothing, and non-objects', () => {
    expect(validateProfile({ name: 'empty', groups: [] })).toEqual([
      { path: 'groups', message: 'a profile must name at least one group or extra OID' },
    ]);
    expect(validateProfile(null)).toHaveLength(1);
    expect(validateProfile({ name: 'x', groups: 'system' })[0]?.path).toBe('groups');
  });
  it('accepts a profile of extra OIDs only', () => {
    expect(
      validateProfile({ name: 'custom', groups: [], extraOids: ['1.3.6.1.4.1.2011.6.3.4.1.2.0'] }),
    ).toEqual([]);
  });
});
