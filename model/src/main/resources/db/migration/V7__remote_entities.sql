-- What pulls from a platform remember: per entity and endpoint its remote identity and the version it had when
-- pulled (the base a push compares with to detect a concurrent remote change), and per endpoint and entity type
-- the newest remote update time seen, from which the next pull continues.

CREATE TABLE remote_entity (
    entity_id   BIGINT       NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    endpoint    VARCHAR(64)  NOT NULL,
    guid        VARCHAR(200) NOT NULL,
    type_name   VARCHAR(400) NOT NULL,
    update_time BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    pulled_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entity_id, endpoint)
);
CREATE INDEX remote_entity_guid ON remote_entity (endpoint, guid);

CREATE TABLE remote_pull (
    endpoint        VARCHAR(64)  NOT NULL,
    type_name       VARCHAR(400) NOT NULL,
    high_water_mark BIGINT       NOT NULL,
    pulled_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (endpoint, type_name)
);
