// Run before any write, every time: each statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT alias_name IF NOT EXISTS FOR (a:Alias) REQUIRE a.name IS UNIQUE;
CREATE CONSTRAINT source_file_path IF NOT EXISTS FOR (f:SourceFile) REQUIRE f.path IS UNIQUE;
CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX invested_in_key IF NOT EXISTS FOR ()-[r:INVESTED_IN]-() ON (r.key);
CREATE INDEX holds_stake_key IF NOT EXISTS FOR ()-[r:HOLDS_STAKE]-() ON (r.key);
CREATE INDEX controls_key IF NOT EXISTS FOR ()-[r:CONTROLS]-() ON (r.key);
CREATE INDEX acquired_key IF NOT EXISTS FOR ()-[r:ACQUIRED]-() ON (r.key);
CREATE INDEX increased_stake_key IF NOT EXISTS FOR ()-[r:INCREASED_STAKE]-() ON (r.key);
CREATE INDEX reduced_stake_key IF NOT EXISTS FOR ()-[r:REDUCED_STAKE]-() ON (r.key);
CREATE INDEX joint_venture_key IF NOT EXISTS FOR ()-[r:JOINT_VENTURE]-() ON (r.key);
CREATE INDEX has_role_key IF NOT EXISTS FOR ()-[r:HAS_ROLE]-() ON (r.key);
