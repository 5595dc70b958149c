-- Classification editing: attributes of classifications, the user's own classifications, propagation rules and
-- the suggestions a steward rejected.

-- attribute_names: the classification's attribute names, one per line. defined_by: '' for imported or taxonomy
-- definitions, otherwise the user who added the classification in Steward.
ALTER TABLE classification_def ADD COLUMN attribute_names VARCHAR(4000) NOT NULL DEFAULT '';
ALTER TABLE classification_def ADD COLUMN defined_by VARCHAR(200) NOT NULL DEFAULT '';

-- rule_kind: BLOCK_PROCESS (entity_id is a process), BLOCK_EDGE (entity_id -> to_id), ANONYMISING or AGGREGATING
-- (entity_id is a process that stops propagation). classification '' applies to every classification.
CREATE TABLE propagation_rule (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    rule_kind      VARCHAR(20)   NOT NULL,
    entity_id      BIGINT        NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    to_id          BIGINT        REFERENCES entity (id) ON DELETE CASCADE,
    classification VARCHAR(400)  NOT NULL DEFAULT '',
    note           VARCHAR(2000) NOT NULL DEFAULT '',
    author         VARCHAR(200)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX propagation_rule_entity ON propagation_rule (entity_id);

CREATE TABLE rejected_suggestion (
    entity_id      BIGINT       NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    classification VARCHAR(400) NOT NULL,
    rejected_by    VARCHAR(200) NOT NULL,
    rejected_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entity_id, classification)
);
