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
        Map<String, Object> canonical = new LinkedHashMap<>();
        canonical.put("action", action);
        canonical.put("actor", actor);
        canonical.put("at", at.toString());
        canonical.put("detail", detail);
        canonical.put("seq", seq);
        canonical.put("subject", subject);
        try {
            byte[] body = json.writeValueAsBytes(canonical);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash audit event " + seq, e);
        }
    }
}
