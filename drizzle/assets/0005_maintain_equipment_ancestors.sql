-- A unit's `ancestors` (the units above it, nearest first) follow the links. Each statement that
-- connects, disconnects or changes links recomputes, from the links as they are after it, the chain of
-- every downstream unit it touched and of every unit below those: a subtree moved to another uplink is
-- re-parented whole. The chains are built from the top down, at most 64 levels as the topology reads
-- walk, so a loop that got into the data anyway cannot run away (connectLink refuses one).
CREATE FUNCTION "assets".refresh_ancestors(roots uuid[]) RETURNS void LANGUAGE sql AS $$
  WITH RECURSIVE
  -- Every unit whose chain may have changed: the roots and everything below them, each once (`UNION`:
  -- a subtree below two roots is walked once, and the walk ends even on a loop).
  below(id) AS (
    SELECT unnest(roots)
    UNION
    SELECT l.downstream_id FROM below b JOIN "assets".links l ON l.upstream_id = b.id
  ),
  -- The walk starts at the roots hanging on a unit whose own chain stays (or on none): that chain is
  -- final, and a root below another root is reached from it.
  chains(id, chain, depth) AS (
    -- (Not coalesce: `NULL || NULL::uuid[]` is `{NULL}`.)
    SELECT r.id, CASE WHEN l.upstream_id IS NULL THEN '{}'::uuid[] ELSE l.upstream_id || u.ancestors END, 0
    FROM (SELECT DISTINCT unnest(roots) AS id) r
    LEFT JOIN "assets".links l ON l.downstream_id = r.id
    LEFT JOIN "assets".equipment u ON u.id = l.upstream_id
    WHERE NOT EXISTS (SELECT 1 FROM below b WHERE b.id = l.upstream_id)
    UNION ALL
    SELECT l.downstream_id, c.id || c.chain, c.depth + 1
    FROM chains c JOIN "assets".links l ON l.upstream_id = c.id
    WHERE c.depth < 64
  )
  UPDATE "assets".equipment e SET ancestors = c.chain
  FROM chains c
  WHERE e.id = c.id AND e.ancestors IS DISTINCT FROM c.chain
$$;
--> statement-breakpoint
CREATE FUNCTION "assets".links_refresh_ancestors() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "assets".refresh_ancestors(ARRAY(SELECT downstream_id FROM added));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "assets".refresh_ancestors(ARRAY(SELECT downstream_id FROM removed));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "assets".refresh_ancestors(
      ARRAY(SELECT downstream_id FROM added UNION SELECT downstream_id FROM removed));
  ELSE
    -- TRUNCATE: no unit hangs on another any more.
    UPDATE "assets".equipment SET ancestors = '{}' WHERE ancestors <> '{}';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Transition tables allow one event a trigger, hence one trigger per event.
CREATE TRIGGER links_ancestors_insert AFTER INSERT ON "assets".links
  REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION "assets".links_refresh_ancestors();
--> statement-breakpoint
CREATE TRIGGER links_ancestors_delete AFTER DELETE ON "assets".links
  REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION "assets".links_refresh_ancestors();
--> statement-breakpoint
CREATE TRIGGER links_ancestors_update AFTER UPDATE ON "assets".links
  REFERENCING OLD TABLE AS removed NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION "assets".links_refresh_ancestors();
--> statement-breakpoint
CREATE TRIGGER links_ancestors_truncate AFTER TRUNCATE ON "assets".links
  FOR EACH STATEMENT EXECUTE FUNCTION "assets".links_refresh_ancestors();
--> statement-breakpoint
-- The links there are: every tree from its top (a unit with links down and none up).
SELECT "assets".refresh_ancestors(ARRAY(
  SELECT DISTINCT l.upstream_id FROM "assets".links l
  WHERE NOT EXISTS (SELECT 1 FROM "assets".links up WHERE up.downstream_id = l.upstream_id)));
