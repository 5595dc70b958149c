-- Rule sets a compliance person added to this workspace, in the format of the shipped policy rules (JSON).

CREATE TABLE policy_rule_set (
    name       VARCHAR(400)     PRIMARY KEY,
    content    VARCHAR(4000000) NOT NULL,
    added_by   VARCHAR(200)     NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
