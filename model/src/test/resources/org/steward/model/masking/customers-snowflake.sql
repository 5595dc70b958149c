-- Masking policies for ANALYTICS.CRM.CUSTOMERS, written by Steward.
-- Roles that see real values: 'PII_READER', 'DPO'. Run as a role that may create and apply masking policies.
--   customer_id: not classified: passes unmasked
--   full_name: salted-hash (PII.Name)
--   email: token (PII.Email)
--   phone: partial:4 (PII.Phone)
--   birth_date: generalise-year (PII.DateOfBirth)
--   postcode: generalise-area (PII.Address)
--   last_ip: generalise-area (PII.IPAddress)
--   age: generalise-age-band (PII.DateOfBirth)
--   notes: redact (SpecialCategory.Health)

CREATE SCHEMA IF NOT EXISTS ANALYTICS.STEWARD_MASKING;
CREATE TABLE IF NOT EXISTS ANALYTICS.STEWARD_MASKING.SALT (SALT VARCHAR NOT NULL);
-- The salt is not in this script. Load the workspace's salt once (from Steward's DDL with the
-- salt included); until then hashed and tokenised columns read NULL, never real values.

CREATE OR REPLACE FUNCTION ANALYTICS.STEWARD_MASKING.PARTIAL(VAL VARCHAR, KEEP FLOAT)
    RETURNS VARCHAR LANGUAGE JAVASCRIPT STRICT IMMUTABLE AS
$$
function isSeparator(c) {
    return c < 128 && !(c >= 48 && c <= 57) && !(c >= 65 && c <= 90) && !(c >= 97 && c <= 122);
}
function codePoints(s) {
    var out = [];
    for (var p = 0; p < s.length; p++) {
        var c = s.charCodeAt(p);
        if (c >= 0xD800 && c <= 0xDBFF && p + 1 < s.length) {
            var d = s.charCodeAt(p + 1);
            if (d >= 0xDC00 && d <= 0xDFFF) {
                c = (c - 0xD800) * 0x400 + (d - 0xDC00) + 0x10000;
                p++;
            }
        }
        out.push(c);
    }
    return out;
}
function text(c) {
    if (c <= 0xFFFF) {
        return String.fromCharCode(c);
    }
    c -= 0x10000;
    return String.fromCharCode(0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF));
}
var cps = codePoints(VAL);
var maskable = 0;
for (var i = 0; i < cps.length; i++) {
    if (!isSeparator(cps[i])) {
        maskable++;
    }
}
var kept = Math.min(KEEP, Math.floor(maskable / 2));
var fromRight = maskable;
var out = '';
for (var j = 0; j < cps.length; j++) {
    if (isSeparator(cps[j])) {
        out += text(cps[j]);
    } else {
        out += fromRight > kept ? '*' : text(cps[j]);
        fromRight--;
    }
}
return out;
$$;

CREATE OR REPLACE FUNCTION ANALYTICS.STEWARD_MASKING.FP_TOKEN(VAL VARCHAR, DIGEST VARCHAR, KEEP_DOMAIN BOOLEAN)
    RETURNS VARCHAR LANGUAGE JAVASCRIPT STRICT IMMUTABLE AS
$$
function isSeparator(c) {
    return c < 128 && !(c >= 48 && c <= 57) && !(c >= 65 && c <= 90) && !(c >= 97 && c <= 122);
}
function codePoints(s) {
    var out = [];
    for (var p = 0; p < s.length; p++) {
        var c = s.charCodeAt(p);
        if (c >= 0xD800 && c <= 0xDBFF && p + 1 < s.length) {
            var d = s.charCodeAt(p + 1);
            if (d >= 0xDC00 && d <= 0xDFFF) {
                c = (c - 0xD800) * 0x400 + (d - 0xDC00) + 0x10000;
                p++;
            }
        }
        out.push(c);
    }
    return out;
}
function text(c) {
    if (c <= 0xFFFF) {
        return String.fromCharCode(c);
    }
    c -= 0x10000;
    return String.fromCharCode(0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF));
}
function replacement(c, seed) {
    if (c >= 48 && c <= 57) {
        return 48 + seed % 10;
    }
    if (c >= 65 && c <= 90) {
        return 65 + seed % 26;
    }
    if (isSeparator(c)) {
        return c;
    }
    return 97 + seed % 26;
}
function tokenise(s) {
    var cps = codePoints(s);
    var out = '';
    for (var i = 0; i < cps.length; i++) {
        var seed = parseInt(DIGEST.substr(2 * (i % 32), 2), 16) + 7 * Math.floor(i / 32);
        out += text(replacement(cps[i], seed));
    }
    return out;
}
function luhn(n) {
    var digits = n.replace(/[^0-9]/g, '');
    var payload = digits.length - 1;
    var sum = 0;
    for (var i = 0; i < payload; i++) {
        var d = digits.charCodeAt(i) - 48;
        sum += (payload - i) % 2 === 1 ? Math.floor(2 * d / 10) + (2 * d) % 10 : d;
    }
    var check = (10 - sum % 10) % 10;
    var last = n.length - 1;
    while (!(n.charCodeAt(last) >= 48 && n.charCodeAt(last) <= 57)) {
        last--;
    }
    return n.substring(0, last) + check + n.substring(last + 1);
}
var at = VAL.lastIndexOf('@');
if (KEEP_DOMAIN && at >= 0) {
    return tokenise(VAL.substring(0, at)) + VAL.substring(at);
}
var digitCount = VAL.replace(/[^0-9]/g, '').length;
if (/^[0-9][0-9 -]*[0-9]$/.test(VAL) && digitCount >= 13 && digitCount <= 19) {
    return luhn(tokenise(VAL));
}
return tokenise(VAL);
$$;

CREATE MASKING POLICY IF NOT EXISTS ANALYTICS.CRM.CUSTOMERS_FULL_NAME_MASK AS (VAL VARCHAR) RETURNS VARCHAR ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE SHA2((SELECT MAX(SALT) FROM ANALYTICS.STEWARD_MASKING.SALT) || VAL, 256) END;
ALTER MASKING POLICY ANALYTICS.CRM.CUSTOMERS_FULL_NAME_MASK SET BODY ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE SHA2((SELECT MAX(SALT) FROM ANALYTICS.STEWARD_MASKING.SALT) || VAL, 256) END;
ALTER TABLE ANALYTICS.CRM.CUSTOMERS MODIFY COLUMN full_name SET MASKING POLICY ANALYTICS.CRM.CUSTOMERS_FULL_NAME_MASK FORCE;

CREATE MASKING POLICY IF NOT EXISTS ANALYTICS.CRM.CUSTOMERS_EMAIL_MASK AS (VAL VARCHAR) RETURNS VARCHAR ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE ANALYTICS.STEWARD_MASKING.FP_TOKEN(VAL, SHA2((SELECT MAX(SALT) FROM ANALYTICS.STEWARD_MASKING.SALT) || 'token:' || VAL, 256), TRUE) END;
ALTER MASKING POLICY ANALYTICS.CRM.CUSTOMERS_EMAIL_MASK SET BODY ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE ANALYTICS.STEWARD_MASKING.FP_TOKEN(VAL, SHA2((SELECT MAX(SALT) FROM ANALYTICS.STEWARD_MASKING.SALT) || 'token:' || VAL, 256), TRUE) END;
ALTER TABLE ANALYTICS.CRM.CUSTOMERS MODIFY COLUMN email SET MASKING POLICY ANALYTICS.CRM.CUSTOMERS_EMAIL_MASK FORCE;

CREATE MASKING POLICY IF NOT EXISTS ANALYTICS.CRM.CUSTOMERS_PHONE_MASK AS (VAL VARCHAR) RETURNS VARCHAR ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE ANALYTICS.STEWARD_MASKING.PARTIAL(VAL, 4) END;
ALTER MASKING POLICY ANALYTICS.CRM.CUSTOMERS_PHONE_MASK SET BODY ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE ANALYTICS.STEWARD_MASKING.PARTIAL(VAL, 4) END;
ALTER TABLE ANALYTICS.CRM.CUSTOMERS MODIFY COLUMN phone SET MASKING POLICY ANALYTICS.CRM.CUSTOMERS_PHONE_MASK FORCE;

CREATE MASKING POLICY IF NOT EXISTS ANALYTICS.CRM.CUSTOMERS_BIRTH_DATE_MASK AS (VAL DATE) RETURNS DATE ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE DATE_TRUNC('YEAR', VAL) END;
ALTER MASKING POLICY ANALYTICS.CRM.CUSTOMERS_BIRTH_DATE_MASK SET BODY ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE DATE_TRUNC('YEAR', VAL) END;
ALTER TABLE ANALYTICS.CRM.CUSTOMERS MODIFY COLUMN birth_date SET MASKING POLICY ANALYTICS.CRM.CUSTOMERS_BIRTH_DATE_MASK FORCE;

CREATE MASKING POLICY IF NOT EXISTS ANALYTICS.CRM.CUSTOMERS_POSTCODE_MASK AS (VAL VARCHAR) RETURNS VARCHAR ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE CASE WHEN VAL IS NULL THEN NULL
              WHEN REGEXP_LIKE(VAL, '^([0-9]{1,3}[.][0-9]{1,3}[.][0-9]{1,3})[.][0-9]{1,3}(/[0-9]{1,2})?$') THEN REGEXP_REPLACE(VAL, '^([0-9]{1,3}[.][0-9]{1,3}[.][0-9]{1,3})[.][0-9]{1,3}(/[0-9]{1,2})?$', '\\1.0/24')
              WHEN REGEXP_LIKE(VAL, '^([0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}):[0-9A-Fa-f:.]*(/[0-9]{1,3})?$') THEN REGEXP_REPLACE(VAL, '^([0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}):[0-9A-Fa-f:.]*(/[0-9]{1,3})?$', '\\1::/48')
              WHEN REGEXP_LIKE(VAL, '^([A-Za-z]{1,2}[0-9][A-Za-z0-9]?) ?[0-9][A-Za-z]{2}$') THEN REGEXP_REPLACE(VAL, '^([A-Za-z]{1,2}[0-9][A-Za-z0-9]?) ?[0-9][A-Za-z]{2}$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([A-Za-z][0-9][A-Za-z]) ?[0-9][A-Za-z][0-9]$') THEN REGEXP_REPLACE(VAL, '^([A-Za-z][0-9][A-Za-z]) ?[0-9][A-Za-z][0-9]$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{4}) ?[A-Za-z]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{4}) ?[A-Za-z]{2}$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{3})[0-9]{2}-[0-9]{4}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{3})[0-9]{2}-[0-9]{4}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{3})-[0-9]{4}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{3})-[0-9]{4}$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{2})[0-9]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{2})[0-9]{2}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{3})[0-9]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{3})[0-9]{2}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{4})[0-9]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{4})[0-9]{2}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^(-?[0-9]{1,3}[.][0-9])[0-9]*$') THEN REGEXP_REPLACE(VAL, '^(-?[0-9]{1,3}[.][0-9])[0-9]*$', '\\1')
              ELSE '[redacted]' END END;
ALTER MASKING POLICY ANALYTICS.CRM.CUSTOMERS_POSTCODE_MASK SET BODY ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE CASE WHEN VAL IS NULL THEN NULL
              WHEN REGEXP_LIKE(VAL, '^([0-9]{1,3}[.][0-9]{1,3}[.][0-9]{1,3})[.][0-9]{1,3}(/[0-9]{1,2})?$') THEN REGEXP_REPLACE(VAL, '^([0-9]{1,3}[.][0-9]{1,3}[.][0-9]{1,3})[.][0-9]{1,3}(/[0-9]{1,2})?$', '\\1.0/24')
              WHEN REGEXP_LIKE(VAL, '^([0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}):[0-9A-Fa-f:.]*(/[0-9]{1,3})?$') THEN REGEXP_REPLACE(VAL, '^([0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}):[0-9A-Fa-f:.]*(/[0-9]{1,3})?$', '\\1::/48')
              WHEN REGEXP_LIKE(VAL, '^([A-Za-z]{1,2}[0-9][A-Za-z0-9]?) ?[0-9][A-Za-z]{2}$') THEN REGEXP_REPLACE(VAL, '^([A-Za-z]{1,2}[0-9][A-Za-z0-9]?) ?[0-9][A-Za-z]{2}$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([A-Za-z][0-9][A-Za-z]) ?[0-9][A-Za-z][0-9]$') THEN REGEXP_REPLACE(VAL, '^([A-Za-z][0-9][A-Za-z]) ?[0-9][A-Za-z][0-9]$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{4}) ?[A-Za-z]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{4}) ?[A-Za-z]{2}$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{3})[0-9]{2}-[0-9]{4}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{3})[0-9]{2}-[0-9]{4}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{3})-[0-9]{4}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{3})-[0-9]{4}$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{2})[0-9]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{2})[0-9]{2}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{3})[0-9]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{3})[0-9]{2}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{4})[0-9]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{4})[0-9]{2}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^(-?[0-9]{1,3}[.][0-9])[0-9]*$') THEN REGEXP_REPLACE(VAL, '^(-?[0-9]{1,3}[.][0-9])[0-9]*$', '\\1')
              ELSE '[redacted]' END END;
ALTER TABLE ANALYTICS.CRM.CUSTOMERS MODIFY COLUMN postcode SET MASKING POLICY ANALYTICS.CRM.CUSTOMERS_POSTCODE_MASK FORCE;

CREATE MASKING POLICY IF NOT EXISTS ANALYTICS.CRM.CUSTOMERS_LAST_IP_MASK AS (VAL VARCHAR) RETURNS VARCHAR ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE CASE WHEN VAL IS NULL THEN NULL
              WHEN REGEXP_LIKE(VAL, '^([0-9]{1,3}[.][0-9]{1,3}[.][0-9]{1,3})[.][0-9]{1,3}(/[0-9]{1,2})?$') THEN REGEXP_REPLACE(VAL, '^([0-9]{1,3}[.][0-9]{1,3}[.][0-9]{1,3})[.][0-9]{1,3}(/[0-9]{1,2})?$', '\\1.0/24')
              WHEN REGEXP_LIKE(VAL, '^([0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}):[0-9A-Fa-f:.]*(/[0-9]{1,3})?$') THEN REGEXP_REPLACE(VAL, '^([0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}):[0-9A-Fa-f:.]*(/[0-9]{1,3})?$', '\\1::/48')
              WHEN REGEXP_LIKE(VAL, '^([A-Za-z]{1,2}[0-9][A-Za-z0-9]?) ?[0-9][A-Za-z]{2}$') THEN REGEXP_REPLACE(VAL, '^([A-Za-z]{1,2}[0-9][A-Za-z0-9]?) ?[0-9][A-Za-z]{2}$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([A-Za-z][0-9][A-Za-z]) ?[0-9][A-Za-z][0-9]$') THEN REGEXP_REPLACE(VAL, '^([A-Za-z][0-9][A-Za-z]) ?[0-9][A-Za-z][0-9]$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{4}) ?[A-Za-z]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{4}) ?[A-Za-z]{2}$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{3})[0-9]{2}-[0-9]{4}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{3})[0-9]{2}-[0-9]{4}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{3})-[0-9]{4}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{3})-[0-9]{4}$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{2})[0-9]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{2})[0-9]{2}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{3})[0-9]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{3})[0-9]{2}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{4})[0-9]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{4})[0-9]{2}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^(-?[0-9]{1,3}[.][0-9])[0-9]*$') THEN REGEXP_REPLACE(VAL, '^(-?[0-9]{1,3}[.][0-9])[0-9]*$', '\\1')
              ELSE '[redacted]' END END;
ALTER MASKING POLICY ANALYTICS.CRM.CUSTOMERS_LAST_IP_MASK SET BODY ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE CASE WHEN VAL IS NULL THEN NULL
              WHEN REGEXP_LIKE(VAL, '^([0-9]{1,3}[.][0-9]{1,3}[.][0-9]{1,3})[.][0-9]{1,3}(/[0-9]{1,2})?$') THEN REGEXP_REPLACE(VAL, '^([0-9]{1,3}[.][0-9]{1,3}[.][0-9]{1,3})[.][0-9]{1,3}(/[0-9]{1,2})?$', '\\1.0/24')
              WHEN REGEXP_LIKE(VAL, '^([0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}):[0-9A-Fa-f:.]*(/[0-9]{1,3})?$') THEN REGEXP_REPLACE(VAL, '^([0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}):[0-9A-Fa-f:.]*(/[0-9]{1,3})?$', '\\1::/48')
              WHEN REGEXP_LIKE(VAL, '^([A-Za-z]{1,2}[0-9][A-Za-z0-9]?) ?[0-9][A-Za-z]{2}$') THEN REGEXP_REPLACE(VAL, '^([A-Za-z]{1,2}[0-9][A-Za-z0-9]?) ?[0-9][A-Za-z]{2}$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([A-Za-z][0-9][A-Za-z]) ?[0-9][A-Za-z][0-9]$') THEN REGEXP_REPLACE(VAL, '^([A-Za-z][0-9][A-Za-z]) ?[0-9][A-Za-z][0-9]$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{4}) ?[A-Za-z]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{4}) ?[A-Za-z]{2}$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{3})[0-9]{2}-[0-9]{4}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{3})[0-9]{2}-[0-9]{4}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{3})-[0-9]{4}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{3})-[0-9]{4}$', '\\1')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{2})[0-9]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{2})[0-9]{2}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{3})[0-9]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{3})[0-9]{2}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^([0-9]{4})[0-9]{2}$') THEN REGEXP_REPLACE(VAL, '^([0-9]{4})[0-9]{2}$', '\\1**')
              WHEN REGEXP_LIKE(VAL, '^(-?[0-9]{1,3}[.][0-9])[0-9]*$') THEN REGEXP_REPLACE(VAL, '^(-?[0-9]{1,3}[.][0-9])[0-9]*$', '\\1')
              ELSE '[redacted]' END END;
ALTER TABLE ANALYTICS.CRM.CUSTOMERS MODIFY COLUMN last_ip SET MASKING POLICY ANALYTICS.CRM.CUSTOMERS_LAST_IP_MASK FORCE;

CREATE MASKING POLICY IF NOT EXISTS ANALYTICS.CRM.CUSTOMERS_AGE_MASK AS (VAL INT) RETURNS INT ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE IFF(VAL >= 90, 90, FLOOR(VAL / 10) * 10) END;
ALTER MASKING POLICY ANALYTICS.CRM.CUSTOMERS_AGE_MASK SET BODY ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE IFF(VAL >= 90, 90, FLOOR(VAL / 10) * 10) END;
ALTER TABLE ANALYTICS.CRM.CUSTOMERS MODIFY COLUMN age SET MASKING POLICY ANALYTICS.CRM.CUSTOMERS_AGE_MASK FORCE;

CREATE MASKING POLICY IF NOT EXISTS ANALYTICS.CRM.CUSTOMERS_NOTES_MASK AS (VAL VARCHAR) RETURNS VARCHAR ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE IFF(VAL IS NULL, NULL, '[redacted]') END;
ALTER MASKING POLICY ANALYTICS.CRM.CUSTOMERS_NOTES_MASK SET BODY ->
    CASE WHEN CURRENT_ROLE() IN ('PII_READER', 'DPO') THEN VAL
         ELSE IFF(VAL IS NULL, NULL, '[redacted]') END;
ALTER TABLE ANALYTICS.CRM.CUSTOMERS MODIFY COLUMN notes SET MASKING POLICY ANALYTICS.CRM.CUSTOMERS_NOTES_MASK FORCE;

