-- Review of change sets, local identities with roles, and audit events that carry before, after and outcome.

CREATE TABLE workspace_user (
    name       VARCHAR(200) PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(200) NOT NULL
);

-- role: ADMIN, STEWARD, REVIEWER, COMPLIANCE_OFFICER, VIEWER; a user may hold several.
CREATE TABLE workspace_user_role (
    user_name VARCHAR(200) NOT NULL REFERENCES workspace_user (name) ON DELETE CASCADE,
    role      VARCHAR(40)  NOT NULL,
    PRIMARY KEY (user_name, role)
);

-- The review thread of a change set: comments and every status step with its reason.
-- kind: COMMENT, SUBMITTED, APPROVED, REJECTED, REOPENED, PUSHED, PARTLY_FAILED.
CREATE TABLE review_note (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    change_set_id BIGINT        NOT NULL REFERENCES change_set (id) ON DELETE CASCADE,
    author        VARCHAR(200)  NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    body          VARCHAR(100000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX review_note_set ON review_note (change_set_id, id);

ALTER TABLE change_set ADD COLUMN reviewed_by VARCHAR(200);
ALTER TABLE change_set ADD COLUMN status_reason VARCHAR(100000);
CREATE INDEX change_set_status ON change_set (status, id);
CREATE INDEX change_set_author ON change_set (author, status);

-- Older rows keep NULL here; the chain hashes these fields only when present, so old rows stay valid.
ALTER TABLE audit_event ADD COLUMN before_value VARCHAR(1000000);
ALTER TABLE audit_event ADD COLUMN after_value VARCHAR(1000000);
ALTER TABLE audit_event ADD COLUMN outcome VARCHAR(200);
CREATE INDEX audit_event_actor ON audit_event (actor);
CREATE INDEX audit_event_at ON audit_event (at);
