package org.steward.model.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The hashing rule of the audit log, kept in one place so writing and verifying cannot drift apart. */
public final class AuditChain {
    public static final String GENESIS = "0".repeat(64);

    private final ObjectMapper json = new ObjectMapper();

    public String hash(String previousHash, long seq, Instant at, String actor, String action, String subject,
                       String detail) {
        return hash(previousHash, seq, at, new AuditEntry(actor, action, subject, detail, null, null, null));
    }

    /**
     * Keys in alphabetical order; before, after and outcome only when present, so rows written before those
     * fields existed hash exactly as they did.
     */
    public String hash(String previousHash, long seq, Instant at, AuditEntry entry) {
        Map<String, Object> canonical = new LinkedHashMap<>();
        canonical.put("action", entry.action());
        canonical.put("actor", entry.actor());
        putPresent(canonical, "after", entry.after());
        canonical.put("at", at.toString());
        putPresent(canonical, "before", entry.before());
        canonical.put("detail", entry.detail());
        putPresent(canonical, "outcome", entry.outcome());
        canonical.put("seq", seq);
        canonical.put("subject", entry.subject());
        try {
            byte[] body = json.writeValueAsBytes(canonical);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash audit event " + seq, e);
        }
    }

    private static void putPresent(Map<String, Object> canonical, String key, String value) {
        if (value != null) {
            canonical.put(key, value);
        }
    }
}
