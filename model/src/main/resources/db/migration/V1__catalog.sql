-- Catalog state as pulled or imported. Pending edits never touch these tables (see V2 change sets).

CREATE TABLE workspace_info (
    info_key   VARCHAR(100) PRIMARY KEY,
    info_value VARCHAR(4000) NOT NULL
);

CREATE TABLE owner (
    owner_id     VARCHAR(200) PRIMARY KEY,
    display_name VARCHAR(400) NOT NULL,
    email        VARCHAR(400) NOT NULL DEFAULT '',
    team         VARCHAR(400) NOT NULL DEFAULT ''
);

-- Ids are assigned by the ingestor (single writer), so batches can refer to rows before they are inserted.
CREATE TABLE entity (
    id             BIGINT PRIMARY KEY,
    entity_type    VARCHAR(20)   NOT NULL,
    subtype        VARCHAR(100)  NOT NULL DEFAULT '',
    qualified_name VARCHAR(2000)  NOT NULL,
    name           VARCHAR(1000)  NOT NULL,
    source_name    VARCHAR(400)  NOT NULL DEFAULT '',
    database_name  VARCHAR(400)  NOT NULL DEFAULT '',
    schema_name    VARCHAR(400)  NOT NULL DEFAULT '',
    parent_id      BIGINT REFERENCES entity (id) ON DELETE CASCADE,
    description    VARCHAR(1000000)          NOT NULL DEFAULT '',
    owner_id       VARCHAR(200)  REFERENCES owner (owner_id),
    data_type      VARCHAR(400)  NOT NULL DEFAULT '',
    position       INT           NOT NULL DEFAULT 0,
    sample_values  VARCHAR(1000000)          NOT NULL DEFAULT '',
    origin         VARCHAR(1000) NOT NULL DEFAULT '',
    content_hash   VARCHAR(64)   NOT NULL DEFAULT '',
    remote_version VARCHAR(200),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT entity_qualified_name UNIQUE (qualified_name)
);
CREATE INDEX entity_parent ON entity (parent_id);
CREATE INDEX entity_location ON entity (source_name, database_name, schema_name);
CREATE INDEX entity_type ON entity (entity_type);

CREATE TABLE entity_attribute (
    entity_id  BIGINT        NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    attr_key   VARCHAR(400)  NOT NULL,
    attr_value VARCHAR(8000) NOT NULL,
    PRIMARY KEY (entity_id, attr_key)
);

CREATE TABLE glossary_term (
    qualified_name VARCHAR(1000) PRIMARY KEY,
    name           VARCHAR(400)  NOT NULL,
    description    VARCHAR(1000000)          NOT NULL DEFAULT ''
);

CREATE TABLE entity_term (
    entity_id BIGINT        NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    term      VARCHAR(1000) NOT NULL REFERENCES glossary_term (qualified_name),
    PRIMARY KEY (entity_id, term)
);

CREATE TABLE classification_def (
    name        VARCHAR(400)  PRIMARY KEY,
    parent      VARCHAR(400)  NOT NULL DEFAULT '',
    description VARCHAR(4000) NOT NULL DEFAULT '',
    sensitivity INT           NOT NULL DEFAULT 0
);

-- origin_id is NULL for a direct label, otherwise the entity the label propagated from.
CREATE TABLE classification_assignment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    entity_id      BIGINT       NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    classification VARCHAR(400) NOT NULL,
    origin_id      BIGINT REFERENCES entity (id) ON DELETE CASCADE,
    propagate      BOOLEAN      NOT NULL DEFAULT TRUE,
    source         VARCHAR(400) NOT NULL DEFAULT ''
);
CREATE INDEX classification_assignment_entity ON classification_assignment (entity_id, classification);
CREATE INDEX classification_assignment_class ON classification_assignment (classification);

-- Dataset level: dataset -> process -> dataset. Column level: column -> column, via_process_id when known.
CREATE TABLE lineage_edge (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    from_id        BIGINT      NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    to_id          BIGINT      NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    edge_level     VARCHAR(10) NOT NULL,
    via_process_id BIGINT REFERENCES entity (id) ON DELETE SET NULL,
    origin         VARCHAR(1000) NOT NULL DEFAULT '',
    CONSTRAINT lineage_edge_ends UNIQUE (from_id, to_id)
);
CREATE INDEX lineage_edge_to ON lineage_edge (to_id);
