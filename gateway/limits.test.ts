import { GraphQLError, getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  checkLimits,
  checkValues,
  defaultLimits,
  LimitError,
  type OperationLimits,
  parseWithTokenLimit,
  selectOperation,
  ValueError,
} from './limits.ts';

function check(
  source: string,
  options: {
    operationName?: string | null;
    variables?: Record<string, unknown>;
    limits?: Partial<OperationLimits>;
  } = {},
): void {
  const limits = { ...defaultLimits, ...options.limits };
  const document = parseWithTokenLimit(source, limits);
  checkLimits(document, selectOperation(document, options.operationName), options.variables, limits);
}

function refusal(run: () => void): LimitError {
  try {
    run();
  } catch (error) {
    if (error instanceof LimitError) return error;
    throw error;
  }
  throw new Error('expected a LimitError, but the operation was accepted');
}

function nested(depth: number, leaf = 'id'): string {
  // `depth` levels of fields: depth - 1 wrappers around the leaf.
  return depth <= 1 ? leaf : `node { ${nested(depth - 1, leaf)} }`;
}

describe('defaultLimits', () => {
  it('has the documented values', () => {
    expect(defaultLimits).toEqual({
      maxDepth: 12,
      maxAliases: 30,
      maxRootFields: 10,
      maxTokens: 5000,
      maxQueryChars: 50_000,
      maxDirectives: 50,
      maxCost: 20000,
      maxPageSize: 100,
      maxBodyBytes: 1_000_000,
    });
  });
});

describe('normal operations', () => {
  it('accepts a normal query with fragments, variables and a page size within the limit', () => {
    const source = /* GraphQL */ `
      query Subscribers($first: Int = 20, $after: String) {
        subscribers(first: $first, after: $after) {
          edges { cursor node { ...SubscriberCard } }
          pageInfo { hasNextPage endCursor }
        }
        me { id __typename }
      }
      fragment SubscriberCard on Subscriber {
        id
        name
        primaryAddress: address { line1 city }
        services(first: 5) { id status ... on BroadbandService { speedMbps } }
      }
    `;
    expect(() => check(source)).not.toThrow();
    expect(() => check(source, { variables: { first: 100 } })).not.toThrow();
  });

  it('accepts mutations and subscriptions within the limits', () => {
    expect(() => check('mutation { closeWorkOrder(id: "1") { id status } }')).not.toThrow();
    expect(() => check('subscription { alarmRaised { id severity node { id } } }')).not.toThrow();
  });

  it('accepts the standard introspection query with all options', () => {
    const source = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    expect(() => check(source)).not.toThrow();
    expect(() => check(getIntrospectionQuery())).not.toThrow();
  });

  it('accepts exactly the maximum depth', () => {
    expect(() => check(`{ ${nested(12)} }`)).not.toThrow();
  });
});

describe('depth', () => {
  it('refuses a depth-20 query with QUERY_TOO_DEEP', () => {
    const error = refusal(() => check(`{ ${nested(20)} }`));
    expect(error.code).toBe('QUERY_TOO_DEEP');
    expect(error.limit).toBe(12);
    expect(error.actual).toBe(20);
    expect(error.message).toBe('Query depth 20 exceeds the limit of 12');
  });

  it('refuses a depth of 13, one over the limit', () => {
    expect(refusal(() => check(`{ ${nested(13)} }`)).code).toBe('QUERY_TOO_DEEP');
  });

  it('does not count __typename as a level', () => {
    expect(() => check(`{ ${nested(12, '__typename')} }`)).not.toThrow();
    expect(() => check(`{ ${nested(12, 'id __typename')} }`)).not.toThrow();
  });

  it('counts __type as one level and nothing below it', () => {
    const deepTypeRef = nested(30, 'name').replaceAll('node', 'ofType');
    expect(() => check(`{ __type(name: "Subscriber") { ${deepTypeRef} } }`)).not.toThrow();
  });

  it('follows named and inline fragments when measuring depth', () => {
    const source = `
      query { a { ...L1 } }
      fragment L1 on T { b { ... on T { c { ...L2 } } } }
      fragment L2 on T { d { e { f { g { h { i { j { k { l { m } } } } } } } } } }
    `;
    const error = refusal(() => check(source));
    expect(error.code).toBe('QUERY_TOO_DEEP');
    expect(error.actual).toBe(13);
  });

  it('checks only the selected operation', () => {
    const source = `query Shallow { me { id } } query Deep { ${nested(20)} }`;
    expect(() => check(source, { operationName: 'Shallow' })).not.toThrow();
    expect(refusal(() => check(source, { operationName: 'Deep' })).code).toBe('QUERY_TOO_DEEP');
  });

  it('leaves an ambiguous or unknown operation to the caller', () => {
    const source = `query A { ${nested(20)} } query B { ${nested(20)} }`;
    expect(() => check(source)).not.toThrow();
    expect(() => check(source, { operationName: 'Missing' })).not.toThrow();
  });
});

describe('aliases', () => {
  it('refuses a query with 50 aliases with TOO_MANY_ALIASES', () => {
    const fields = Array.from({ length: 50 }, (_, i) => `a${i}: name`).join(' ');
    const error = refusal(() => check(`{ me { ${fields} } }`));
    expect(error.code).toBe('TOO_MANY_ALIASES');
    expect(error.limit).toBe(30);
    expect(error.actual).toBe(50);
  });

  it('accepts 30 aliases', () => {
    const fields = Array.from({ length: 30 }, (_, i) => `a${i}: name`).join(' ');
    expect(() => check(`{ me { ${fields} } }`)).not.toThrow();
  });

  it('counts aliases reached through fragments at every spread', () => {
    const fields = Array.from({ length: 10 }, (_, i) => `a${i}: name`).join(' ');
    const source = `
      query { me { ...Names } boss { ...Names } peer { ... on User { ...Names } } x: you { id } }
      fragment Names on User { ${fields} }
    `;
    const error = refusal(() => check(source));
    expect(error.code).toBe('TOO_MANY_ALIASES');
    expect(error.actual).toBe(31);
  });

  it('counts aliases inside introspection', () => {
    const fields = Array.from({ length: 31 }, (_, i) => `t${i}: types { name }`).join(' ');
    expect(refusal(() => check(`{ __schema { ${fields} } }`)).code).toBe('TOO_MANY_ALIASES');
  });
});

describe('root fields', () => {
  it('refuses more than 10 root fields with TOO_MANY_ROOT_FIELDS', () => {
    const fields = Array.from({ length: 11 }, (_, i) => `field${i}`).join(' ');
    const error = refusal(() => check(`{ ${fields} }`));
    expect(error.code).toBe('TOO_MANY_ROOT_FIELDS');
    expect(error.actual).toBe(11);
  });

  it('counts root fields reached through fragments, once per response key, without __typename', () => {
    const source = `
      query { __typename f0 f0 f1 ...Root ... on Query { f2 f3 } }
      fragment Root on Query { f1 f4 f5 f6 f7 f8 f9 }
    `;
    expect(() => check(source)).not.toThrow();
    const more = source.replace('f9', 'f9 f10');
    expect(refusal(() => check(more)).code).toBe('TOO_MANY_ROOT_FIELDS');
  });
});

describe('tokens', () => {
  it('refuses a 20,000-token document with TOO_MANY_TOKENS', () => {
    const source = `{ me { ${'a '.repeat(19_996)} } }`;
    const error = refusal(() => parseWithTokenLimit(source, defaultLimits));
    expect(error).toBeInstanceOf(LimitError);
    expect(error.code).toBe('TOO_MANY_TOKENS');
    expect(error.limit).toBe(5000);
    expect(error.actual).toBeGreaterThan(5000);
  });

  it('rethrows other syntax errors as GraphQLError', () => {
    let caught: unknown;
    try {
      parseWithTokenLimit('{ me { id }', defaultLimits);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GraphQLError);
    expect(caught).not.toBeInstanceOf(LimitError);
    expect((caught as GraphQLError).message).toMatch(/^Syntax Error/);
  });

  it('returns the parsed document within the limit', () => {
    const document = parseWithTokenLimit('{ me { id } }', defaultLimits);
    expect(document.kind).toBe('Document');
  });
});

describe('page size', () => {
  it('refuses a literal first: 101 with PAGE_SIZE_EXCEEDED', () => {
    const error = refusal(() => check('{ subscribers(first: 101) { id } }'));
    expect(error.code).toBe('PAGE_SIZE_EXCEEDED');
    expect(error.limit).toBe(100);
    expect(error.actual).toBe(101);
  });

  it('refuses first: 101 passed through a variable with PAGE_SIZE_EXCEEDED', () => {
    const source = 'query ($n: Int) { subscribers(first: $n) { id } }';
    expect(refusal(() => check(source, { variables: { n: 101 } })).code).toBe('PAGE_SIZE_EXCEEDED');
    expect(() => check(source, { variables: { n: 100 } })).not.toThrow();
    expect(() => check(source, { variables: {} })).not.toThrow();
  });

  it('uses the variable default when the variable is not provided', () => {
    const source = 'query ($n: Int = 500) { subscribers(first: $n) { id } }';
    expect(refusal(() => check(source)).code).toBe('PAGE_SIZE_EXCEEDED');
    expect(() => check(source, { variables: { n: 50 } })).not.toThrow();
  });

  it('checks last as well as first, also inside fragments', () => {
    const source = `
      { me { ...Orders } }
      fragment Orders on User { workOrders(last: 1000) { id } }
    `;
    const error = refusal(() => check(source));
    expect(error.code).toBe('PAGE_SIZE_EXCEEDED');
    expect(error.actual).toBe(1000);
  });

  it('refuses a negative page size with BAD_PAGE_SIZE', () => {
    expect(refusal(() => check('{ subscribers(first: -1) { id } }')).code).toBe('BAD_PAGE_SIZE');
    const source = 'query ($n: Int) { subscribers(last: $n) { id } }';
    expect(refusal(() => check(source, { variables: { n: -5 } })).code).toBe('BAD_PAGE_SIZE');
  });
});

describe('cost', () => {
  it('refuses a large-page nested list with QUERY_TOO_COSTLY', () => {
    const source = '{ regions(first: 100) { categories(first: 100) { items(first: 100) { id } } } }';
    const error = refusal(() => check(source));
    expect(error.code).toBe('QUERY_TOO_COSTLY');
    expect(error.limit).toBe(20000);
    expect(error.actual).toBe(1 + 100 * (1 + 100 * (1 + 100)));
  });

  it('compounds nested page sizes: categories(first:100){ items(first:100){ id } }', () => {
    const source = '{ categories(first: 100) { items(first: 100) { id } } }';
    expect(() => check(source)).not.toThrow();
    const error = refusal(() => check(source, { limits: { maxCost: 10_000 } }));
    expect(error.code).toBe('QUERY_TOO_COSTLY');
    expect(error.actual).toBe(1 + 100 * (1 + 100 * 1));
  });

  it('takes page sizes from variables and multiplies fragment costs', () => {
    const source = `
      query ($n: Int) { regions(first: $n) { ...Cat } }
      fragment Cat on Region { categories(first: $n) { items(first: $n) { id name } } }
    `;
    expect(() => check(source, { variables: { n: 10 } })).not.toThrow();
    expect(refusal(() => check(source, { variables: { n: 50 } })).code).toBe('QUERY_TOO_COSTLY');
  });

  it('does not charge fields under introspection', () => {
    const source = getIntrospectionQuery({ descriptions: true });
    expect(() => check(source, { limits: { maxCost: 1 } })).not.toThrow();
  });
});

describe('fragments and cycles', () => {
  it('terminates on a fragment cycle and leaves its rejection to validation', () => {
    const source = `
      query { me { ...A } }
      fragment A on User { friends { ...B } }
      fragment B on User { boss { ...A } }
    `;
    expect(() => check(source)).not.toThrow();
    expect(() => check('query { me { ...Self } } fragment Self on User { id ...Self }')).not.toThrow();
  });

  it('still measures a cyclic fragment up to the cycle', () => {
    const source = `
      query { me { ...A } }
      fragment A on User { friends { ...B } }
      fragment B on User { boss { ...A } }
    `;
    expect(refusal(() => check(source, { limits: { maxDepth: 2 } })).code).toBe('QUERY_TOO_DEEP');
  });

  it('ignores fragments that the selected operation does not use', () => {
    const source = `query { me { id } } fragment Unused on User { ${nested(20)} }`;
    expect(() => check(source)).not.toThrow();
  });

  it('measures exponentially spread fragments quickly and refuses them', () => {
    const levels = 40;
    const definitions = [`fragment F0 on User { x: id }`];
    for (let i = 1; i <= levels; i += 1)
      definitions.push(`fragment F${i} on User { ...F${i - 1} ...F${i - 1} }`);
    const source = `query { me { ...F${levels} } } ${definitions.join(' ')}`;
    const started = performance.now();
    const error = refusal(() => check(source));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.code).toBe('TOO_MANY_ALIASES');
    expect(error.actual).toBe(2 ** levels);
  });
});

describe('query length', () => {
  it('refuses a text longer than the character limit, even when it is nearly all comment', () => {
    const source = `# ${'x'.repeat(60_000)}\n{ me { id } }`;
    const error = refusal(() => parseWithTokenLimit(source, defaultLimits));
    expect(error.code).toBe('QUERY_TOO_LONG');
    expect(error.actual).toBe(source.length);
  });
});

describe('directives', () => {
  it('refuses more than 50 directives, fragments expanded', () => {
    const fields = Array.from({ length: 30 }, (_, i) => `f${i}: id @include(if: true)`).join(' ');
    const source = `{ me { ...F } other: me { ...F } } fragment F on User { ${fields} }`;
    const error = refusal(() => check(source, { limits: { maxAliases: 1000 } }));
    expect(error.code).toBe('TOO_MANY_DIRECTIVES');
    expect(error.actual).toBe(60);
  });
});

describe('values', () => {
  it('refuses a literal number that is not finite, and one in the variables', () => {
    const document = parseWithTokenLimit('{ quote(q: 1e999) { total } }', defaultLimits);
    expect(() => checkValues(document, selectOperation(document, undefined), undefined)).toThrow(ValueError);
    const withVariable = parseWithTokenLimit('query($q: Float) { quote(q: $q) { total } }', defaultLimits);
    expect(() =>
      checkValues(withVariable, selectOperation(withVariable, undefined), { q: Number.POSITIVE_INFINITY }),
    ).toThrow(/not finite/);
  });

  it('refuses variables nested thousands deep without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const document = parseWithTokenLimit('query($c: JSON) { f(c: $c) }', defaultLimits);
    expect(() => checkValues(document, selectOperation(document, undefined), { c: deep })).toThrow(
      /nested deeper/,
    );
  });

  it('accepts ordinary values', () => {
    const document = parseWithTokenLimit(
      'query($c: JSON) { f(c: $c, n: 1.5, l: [1, 2, { a: "b" }]) }',
      defaultLimits,
    );
    expect(() =>
      checkValues(document, selectOperation(document, undefined), { c: { ponType: 'GPON', lanPorts: 4 } }),
    ).not.toThrow();
  });
});

describe('configurable limits', () => {
  it('applies custom limits instead of the defaults', () => {
    expect(refusal(() => check(`{ ${nested(4)} }`, { limits: { maxDepth: 3 } })).code).toBe('QUERY_TOO_DEEP');
    expect(() => check(`{ ${nested(20)} }`, { limits: { maxDepth: 25 } })).not.toThrow();

    expect(refusal(() => check('{ me { a: id b: id } }', { limits: { maxAliases: 1 } })).code).toBe(
      'TOO_MANY_ALIASES',
    );
    expect(refusal(() => check('{ a b c }', { limits: { maxRootFields: 2 } })).code).toBe(
      'TOO_MANY_ROOT_FIELDS',
    );

    expect(() => check('{ subscribers(first: 500) { id } }', { limits: { maxPageSize: 500 } })).not.toThrow();
    expect(
      refusal(() => check('{ subscribers(first: 11) { id } }', { limits: { maxPageSize: 10 } })).code,
    ).toBe('PAGE_SIZE_EXCEEDED');

    expect(refusal(() => check('{ a b c d e }', { limits: { maxCost: 4 } })).code).toBe('QUERY_TOO_COSTLY');

    const tokenError = refusal(() =>
      parseWithTokenLimit('{ a b c d e }', { ...defaultLimits, maxTokens: 5 }),
    );
    expect(tokenError.code).toBe('TOO_MANY_TOKENS');
    expect(tokenError.limit).toBe(5);
  });

  it('does not let callers mutate the shared defaults', () => {
    expect(Object.isFrozen(defaultLimits)).toBe(true);
  });
});
