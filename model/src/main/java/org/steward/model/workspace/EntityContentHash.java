package org.steward.model.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.steward.model.ingest.EntityRecord;

/** A digest of everything an {@link EntityRecord} says, so re-ingesting an unchanged record writes nothing. */
final class EntityContentHash {

    private EntityContentHash() {
    }

    static String of(EntityRecord record) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            field(sha, record.type().name());
            field(sha, record.subtype());
            field(sha, record.name());
            field(sha, record.source());
            field(sha, record.database());
            field(sha, record.schema());
            field(sha, record.parentQualifiedName() == null ? "" : record.parentQualifiedName());
            field(sha, record.description());
            field(sha, record.owner());
            field(sha, record.dataType());
            field(sha, Integer.toString(record.position()));
            record.sampleValues().forEach(value -> field(sha, value));
            field(sha, "|attributes");
            for (Map.Entry<String, String> attribute : new TreeMap<>(record.attributes()).entrySet()) {
                field(sha, attribute.getKey());
                field(sha, attribute.getValue());
            }
            field(sha, "|terms");
            record.glossaryTerms().stream().sorted().forEach(term -> field(sha, term));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(MessageDigest sha, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }
}
