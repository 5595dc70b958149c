-- Push of approved change sets to the platform that owns their entities: one row per change, written durably
-- before every remote call (IN_FLIGHT) so a restarted push re-reads the remote state before sending again.
-- state: QUEUED, IN_FLIGHT, APPLIED, FAILED, CONFLICTED, DROPPED.
-- base/mine/theirs: for CONFLICTED, the value pulled, the value proposed and the value found on the platform.
CREATE TABLE push_state (
    change_id       BIGINT PRIMARY KEY REFERENCES proposed_change (id) ON DELETE CASCADE,
    change_set_id   BIGINT        NOT NULL REFERENCES change_set (id) ON DELETE CASCADE,
    endpoint        VARCHAR(400)  NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(8000) NOT NULL DEFAULT '',
    remote_response VARCHAR(100000) NOT NULL DEFAULT '',
    base_value      VARCHAR(1000000),
    mine_value      VARCHAR(1000000),
    theirs_value    VARCHAR(1000000),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX push_state_set ON push_state (change_set_id, state);
CREATE INDEX push_state_state ON push_state (state);
