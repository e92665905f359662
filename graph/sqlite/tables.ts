/**
 * The SQLite schema of the embedded store. Nodes and edges keep their properties as JSON beside the
 * columns queries filter on, so a property added to graph/schema.ts round-trips without a change
 * here. Everything derived (plan membership counts, wordings, sentence reference counts, totals) is
 * kept by triggers, so it stays right whichever statement — or foreign-key cascade — changed a row.
 */

/** Bumped when the tables change; an older store is upgraded by `migrations[n]`, a newer one refused. */
export const SCHEMA_VERSION = 1;
export const STORE_FORMAT = 'policy-kg.sqlite';

export const CREATE_TABLES = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value NOT NULL) WITHOUT ROWID;

-- Plan ids, interned: edges, evidence and memberships refer to plans by this integer.
CREATE TABLE plans (pid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);

-- The decoded text of each stored plan, which evidence offsets index.
CREATE TABLE sources (pid INTEGER PRIMARY KEY REFERENCES plans (pid), file TEXT NOT NULL, text TEXT NOT NULL);

-- data: the node as JSON without id, label and plans (those are columns or rows of node_plans).
-- city: the city a query by city matches (a City's own name, else the node's city property).
CREATE TABLE nodes (nid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label TEXT NOT NULL, city TEXT, data TEXT NOT NULL);
CREATE INDEX nodes_by_label ON nodes (label, city);

-- Which plans support which node (a node no plan supports is deleted).
CREATE TABLE node_plans (
  pid INTEGER NOT NULL REFERENCES plans (pid),
  nid INTEGER NOT NULL REFERENCES nodes (nid) ON DELETE CASCADE,
  PRIMARY KEY (pid, nid)
) WITHOUT ROWID;
CREATE INDEX node_plans_by_node ON node_plans (nid, pid);

-- Every wording plans used for a node (MENTIONS.terms), with the number of MENTIONS edges using it.
CREATE TABLE node_terms (
  nid INTEGER NOT NULL REFERENCES nodes (nid) ON DELETE CASCADE,
  term TEXT NOT NULL,
  uses INTEGER NOT NULL,
  PRIMARY KEY (nid, term)
) WITHOUT ROWID;

-- Name, aliases and wordings, lower-cased as JavaScript does and joined by NUL, for substring search.
CREATE TABLE node_search (nid INTEGER PRIMARY KEY REFERENCES nodes (nid) ON DELETE CASCADE, text TEXT NOT NULL);

-- data: the edge as JSON without id, type, source, target, plan and evidence.
-- id: NULL when it is the id schema.edgeId gives the edge (nearly always: ids are long, and were
-- half the file); key: a 53-bit hash of the id, which finds an edge by id (rows.edgeKey).
CREATE TABLE edges (
  eid INTEGER PRIMARY KEY,
  key INTEGER NOT NULL,
  id TEXT,
  type TEXT NOT NULL,
  source INTEGER NOT NULL REFERENCES nodes (nid) ON DELETE CASCADE,
  target INTEGER NOT NULL REFERENCES nodes (nid) ON DELETE CASCADE,
  pid INTEGER REFERENCES plans (pid),
  data TEXT NOT NULL
);
CREATE INDEX edges_by_key ON edges (key);
CREATE INDEX edges_by_source ON edges (source, type);
CREATE INDEX edges_by_target ON edges (target, type);
CREATE INDEX edges_by_plan ON edges (pid) WHERE pid IS NOT NULL;
-- No index by type alone: every query the API makes starts from nodes or a plan (counts come from totals).

-- A cited span of a plan's text, stored once however many edges cite it (a sentence naming five
-- entities is the evidence of five MENTIONS edges); refs counts the citations.
CREATE TABLE sentences (
  sid INTEGER PRIMARY KEY,
  pid INTEGER NOT NULL REFERENCES plans (pid),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  refs INTEGER NOT NULL DEFAULT 0,
  UNIQUE (pid, start, end)
);

-- One row per citation of an edge, in the edge's order; rest: the citation's other fields as JSON.
CREATE TABLE evidence (
  eid INTEGER NOT NULL REFERENCES edges (eid) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  sid INTEGER NOT NULL, -- a sentence; refs, not a foreign key, keeps it (no index on sid to check one against)
  rest TEXT,
  PRIMARY KEY (eid, seq)
) WITHOUT ROWID;

-- Nodes by label and edges by type, so that counting a large store reads a dozen rows.
CREATE TABLE totals (kind TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;

CREATE TRIGGER nodes_counted AFTER INSERT ON nodes BEGIN
  INSERT INTO totals VALUES ('node', NEW.label, 1) ON CONFLICT (kind, key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER nodes_uncounted AFTER DELETE ON nodes BEGIN
  UPDATE totals SET n = n - 1 WHERE kind = 'node' AND key = OLD.label;
END;
CREATE TRIGGER nodes_relabelled AFTER UPDATE OF label ON nodes WHEN NEW.label <> OLD.label BEGIN
  UPDATE totals SET n = n - 1 WHERE kind = 'node' AND key = OLD.label;
  INSERT INTO totals VALUES ('node', NEW.label, 1) ON CONFLICT (kind, key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER edges_counted AFTER INSERT ON edges BEGIN
  INSERT INTO totals VALUES ('edge', NEW.type, 1) ON CONFLICT (kind, key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER edges_uncounted AFTER DELETE ON edges BEGIN
  UPDATE totals SET n = n - 1 WHERE kind = 'edge' AND key = OLD.type;
END;

CREATE TRIGGER mentions_add_terms AFTER INSERT ON edges WHEN NEW.type = 'MENTIONS' BEGIN
  INSERT INTO node_terms (nid, term, uses)
    SELECT NEW.target, value, 1 FROM (SELECT DISTINCT value FROM json_each(NEW.data, '$.terms')) WHERE true
    ON CONFLICT (nid, term) DO UPDATE SET uses = uses + 1;
END;
CREATE TRIGGER mentions_drop_terms AFTER DELETE ON edges WHEN OLD.type = 'MENTIONS' BEGIN
  UPDATE node_terms SET uses = uses - 1
    WHERE nid = OLD.target AND term IN (SELECT value FROM json_each(OLD.data, '$.terms'));
  DELETE FROM node_terms WHERE nid = OLD.target AND uses <= 0;
END;

CREATE TRIGGER evidence_cites AFTER INSERT ON evidence BEGIN
  UPDATE sentences SET refs = refs + 1 WHERE sid = NEW.sid;
END;
CREATE TRIGGER evidence_uncites AFTER DELETE ON evidence BEGIN
  UPDATE sentences SET refs = refs - 1 WHERE sid = OLD.sid;
  DELETE FROM sentences WHERE sid = OLD.sid AND refs <= 0;
END;
`;

/** Statements that bring a store of version n to n + 1 (none yet: version 1 is the first). */
export const MIGRATIONS: Record<number, string> = {};
