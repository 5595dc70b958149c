-- The editing path: proposed changes grouped in change sets, and the hash-chained audit log.

CREATE TABLE change_set (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    title      VARCHAR(1000) NOT NULL,
    author     VARCHAR(200)  NOT NULL,
    status     VARCHAR(20)   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- state: PENDING (proposed), WITHDRAWN (undone; kept so redo and the audit trail can refer to it).
CREATE TABLE proposed_change (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    change_set_id BIGINT       NOT NULL REFERENCES change_set (id) ON DELETE CASCADE,
    entity_id     BIGINT       NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    change_kind   VARCHAR(60)  NOT NULL,
    before_value  VARCHAR(1000000)         NOT NULL,
    after_value   VARCHAR(1000000)         NOT NULL,
    author        VARCHAR(200) NOT NULL,
    state         VARCHAR(20)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX proposed_change_entity ON proposed_change (entity_id, state);
CREATE INDEX proposed_change_set ON proposed_change (change_set_id, state);

CREATE TABLE audit_event (
    seq        BIGINT PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(200)  NOT NULL,
    action     VARCHAR(100)  NOT NULL,
    subject    VARCHAR(2000) NOT NULL,
    detail     VARCHAR(1000000)          NOT NULL,
    prev_hash  VARCHAR(64)   NOT NULL,
    hash       VARCHAR(64)   NOT NULL
);
