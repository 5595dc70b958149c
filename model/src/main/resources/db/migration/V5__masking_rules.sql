-- Masking rules a user chose over the taxonomy's defaults: per classification (scope CLASSIFICATION, target the
-- classification's name) or per column (scope COLUMN, target the column's qualified name). The rule is its text form,
-- e.g. partial:4 or generalise-year. The workspace's masking salt lives in workspace_info (key masking_salt).
CREATE TABLE masking_rule_override (
    scope      VARCHAR(20)   NOT NULL,
    target     VARCHAR(2000) NOT NULL,
    rule       VARCHAR(200)  NOT NULL,
    changed_by VARCHAR(200)  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, target)
);
