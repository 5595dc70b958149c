-- Masked view of shop.public.customers, written by Steward.
-- PostgreSQL 11 or newer; built-in functions only. Run it as the table's owner, then grant
-- readers SELECT on public.customers_masked and nothing on the table.
-- If a rule changed a column's type since the view was made, DROP VIEW it first.
--   customer_id: not classified: passes unmasked
--   full_name: salted-hash (PII.Name)
--   email: token (PII.Email)
--   phone: partial:4 (PII.Phone)
--   birth_date: generalise-year (PII.DateOfBirth)
--   postcode: generalise-area (PII.Address)
--   last_ip: generalise-area (PII.IPAddress)
--   age: generalise-age-band (PII.DateOfBirth)
--   notes: redact (SpecialCategory.Health)

CREATE SCHEMA IF NOT EXISTS steward_masking;
GRANT USAGE ON SCHEMA steward_masking TO PUBLIC;

CREATE OR REPLACE FUNCTION steward_masking.token_char(c text, seed integer) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN ascii(c) BETWEEN 48 AND 57 THEN chr(48 + seed % 10)
                WHEN ascii(c) BETWEEN 65 AND 90 THEN chr(65 + seed % 26)
                WHEN (ascii(c) < 128 AND NOT (ascii(c) BETWEEN 48 AND 57 OR ascii(c) BETWEEN 65 AND 90 OR ascii(c) BETWEEN 97 AND 122)) THEN c
                ELSE chr(97 + seed % 26) END
$$;

CREATE OR REPLACE FUNCTION steward_masking.tokenise(val text, digest bytea) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(string_agg(steward_masking.token_char(substr(val, i, 1),
               get_byte(digest, (i - 1) % 32) + 7 * ((i - 1) / 32)), '' ORDER BY i), '')
    FROM generate_series(1, char_length(val)) AS g(i)
$$;

CREATE OR REPLACE FUNCTION steward_masking.luhn(val text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT regexp_replace(val, '[0-9]([^0-9]*)$', ((10 - coalesce(sum(
               CASE WHEN (n - i) % 2 = 1 THEN (2 * d) / 10 + (2 * d) % 10 ELSE d END), 0) % 10) % 10)::text || '\1')
    FROM (SELECT g.i, char_length(x.digits) AS n, substr(x.digits, g.i, 1)::int AS d
          FROM (SELECT regexp_replace(val, '[^0-9]', '', 'g') AS digits) AS x,
               generate_series(1, char_length(x.digits) - 1) AS g(i)) AS payload
$$;

CREATE OR REPLACE FUNCTION steward_masking.fp_token(val text, salt text, keep_domain boolean) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN keep_domain AND strpos(val, '@') > 0
            THEN steward_masking.tokenise(substring(val FROM '^(.*)@[^@]*$'), k.digest)
                 || substring(val FROM '(@[^@]*)$')
        WHEN val ~ '^[0-9][0-9 -]*[0-9]$'
             AND char_length(regexp_replace(val, '[^0-9]', '', 'g')) BETWEEN 13 AND 19
            THEN steward_masking.luhn(steward_masking.tokenise(val, k.digest))
        ELSE steward_masking.tokenise(val, k.digest) END
    FROM (SELECT sha256(convert_to(salt || 'token:' || val, 'UTF8')) AS digest) AS k
$$;

CREATE OR REPLACE FUNCTION steward_masking.partial(val text, keep integer) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(string_agg(CASE WHEN NOT sep AND from_right > least(keep, total / 2) THEN '*' ELSE c END, '' ORDER BY i), '')
    FROM (SELECT i, c, sep,
                 count(*) FILTER (WHERE NOT sep) OVER (ORDER BY i DESC) AS from_right,
                 count(*) FILTER (WHERE NOT sep) OVER () AS total
          FROM (SELECT g.i, substr(val, g.i, 1) AS c, (ascii(substr(val, g.i, 1)) < 128 AND NOT (ascii(substr(val, g.i, 1)) BETWEEN 48 AND 57 OR ascii(substr(val, g.i, 1)) BETWEEN 65 AND 90 OR ascii(substr(val, g.i, 1)) BETWEEN 97 AND 122)) AS sep
                FROM generate_series(1, char_length(val)) AS g(i)) AS chars) AS ranked
$$;

CREATE OR REPLACE FUNCTION steward_masking.salted_hash(val text, salt text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT encode(sha256(convert_to(salt || val, 'UTF8')), 'hex')
$$;

CREATE OR REPLACE FUNCTION steward_masking.generalise_year(val text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN val ~ '^([0-9]{4})-[0-9]{1,2}([^0-9].*)?$' THEN regexp_replace(val, '^([0-9]{4})-[0-9]{1,2}([^0-9].*)?$', '\1')
        WHEN val ~ '^[0-9]{1,2}[./-][0-9]{1,2}[./-]([0-9]{4})([^0-9].*)?$' THEN regexp_replace(val, '^[0-9]{1,2}[./-][0-9]{1,2}[./-]([0-9]{4})([^0-9].*)?$', '\1')
        WHEN val ~ '^((19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$' THEN regexp_replace(val, '^((19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$', '\1')
        WHEN val ~ '^([0-9]{4})$' THEN regexp_replace(val, '^([0-9]{4})$', '\1')
        ELSE '[redacted]' END
$$;

CREATE OR REPLACE FUNCTION steward_masking.generalise_area(val text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN val ~ '^([0-9]{1,3}[.][0-9]{1,3}[.][0-9]{1,3})[.][0-9]{1,3}(/[0-9]{1,2})?$' THEN regexp_replace(val, '^([0-9]{1,3}[.][0-9]{1,3}[.][0-9]{1,3})[.][0-9]{1,3}(/[0-9]{1,2})?$', '\1.0/24')
        WHEN val ~ '^([0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}):[0-9A-Fa-f:.]*(/[0-9]{1,3})?$' THEN regexp_replace(val, '^([0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}):[0-9A-Fa-f:.]*(/[0-9]{1,3})?$', '\1::/48')
        WHEN val ~ '^([A-Za-z]{1,2}[0-9][A-Za-z0-9]?) ?[0-9][A-Za-z]{2}$' THEN regexp_replace(val, '^([A-Za-z]{1,2}[0-9][A-Za-z0-9]?) ?[0-9][A-Za-z]{2}$', '\1')
        WHEN val ~ '^([A-Za-z][0-9][A-Za-z]) ?[0-9][A-Za-z][0-9]$' THEN regexp_replace(val, '^([A-Za-z][0-9][A-Za-z]) ?[0-9][A-Za-z][0-9]$', '\1')
        WHEN val ~ '^([0-9]{4}) ?[A-Za-z]{2}$' THEN regexp_replace(val, '^([0-9]{4}) ?[A-Za-z]{2}$', '\1')
        WHEN val ~ '^([0-9]{3})[0-9]{2}-[0-9]{4}$' THEN regexp_replace(val, '^([0-9]{3})[0-9]{2}-[0-9]{4}$', '\1**')
        WHEN val ~ '^([0-9]{3})-[0-9]{4}$' THEN regexp_replace(val, '^([0-9]{3})-[0-9]{4}$', '\1')
        WHEN val ~ '^([0-9]{2})[0-9]{2}$' THEN regexp_replace(val, '^([0-9]{2})[0-9]{2}$', '\1**')
        WHEN val ~ '^([0-9]{3})[0-9]{2}$' THEN regexp_replace(val, '^([0-9]{3})[0-9]{2}$', '\1**')
        WHEN val ~ '^([0-9]{4})[0-9]{2}$' THEN regexp_replace(val, '^([0-9]{4})[0-9]{2}$', '\1**')
        WHEN val ~ '^(-?[0-9]{1,3}[.][0-9])[0-9]*$' THEN regexp_replace(val, '^(-?[0-9]{1,3}[.][0-9])[0-9]*$', '\1')
        ELSE '[redacted]' END
$$;

CREATE OR REPLACE FUNCTION steward_masking.generalise_age_band(val text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN val !~ '^[0-9]{1,3}$' THEN '[redacted]'
                WHEN val::int >= 90 THEN '90+'
                ELSE (val::int / 10 * 10)::text || '-' || (val::int / 10 * 10 + 9)::text END
$$;

CREATE OR REPLACE FUNCTION steward_masking.generalise_ip(val text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN val ~ '^([0-9]{1,3}[.][0-9]{1,3}[.][0-9]{1,3})[.][0-9]{1,3}(/[0-9]{1,2})?$' THEN regexp_replace(val, '^([0-9]{1,3}[.][0-9]{1,3}[.][0-9]{1,3})[.][0-9]{1,3}(/[0-9]{1,2})?$', '\1.0/24')
        WHEN val ~ '^([0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}):[0-9A-Fa-f:.]*(/[0-9]{1,3})?$' THEN regexp_replace(val, '^([0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}):[0-9A-Fa-f:.]*(/[0-9]{1,3})?$', '\1::/48')
        ELSE '[redacted]' END
$$;

CREATE TABLE IF NOT EXISTS steward_masking.salt (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    salt text NOT NULL
);
REVOKE ALL ON steward_masking.salt FROM PUBLIC;
-- The salt is not in this script. Load the workspace's salt once (from Steward's DDL with the
-- salt included); until then hashed and tokenised columns read NULL, never real values:
--   INSERT INTO steward_masking.salt (salt) VALUES ('…') ON CONFLICT (id) DO UPDATE SET salt = EXCLUDED.salt;

CREATE OR REPLACE VIEW public.customers_masked AS
SELECT
    customer_id,
    steward_masking.salted_hash(full_name::text, (SELECT salt FROM steward_masking.salt)) AS full_name,
    steward_masking.fp_token(email::text, (SELECT salt FROM steward_masking.salt), true) AS email,
    steward_masking.partial(phone::text, 4) AS phone,
    steward_masking.generalise_year(birth_date::text) AS birth_date,
    steward_masking.generalise_area(postcode::text) AS postcode,
    steward_masking.generalise_area(host(last_ip)) AS last_ip,
    steward_masking.generalise_age_band(age::text) AS age,
    CASE WHEN notes::text IS NULL THEN NULL ELSE '[redacted]' END AS notes
FROM public.customers;
