package org.steward.connectors.openlineage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** The qualified-name and catalog-tree rules for OpenLineage datasets, jobs and fields (see package-info). */
final class OpenLineageNames {
    private static final Set<String> PATH_SCHEMES = Set.of("s3", "s3a", "s3n", "gs", "gcs", "file", "hdfs", "abfs",
            "abfss", "wasb", "wasbs", "dbfs", "azurite");
    private static final Set<String> FLAT_SCHEMES = Set.of("kafka", "pubsub", "kinesis", "rabbitmq", "http", "https");

    /** Where a dataset sits in the catalog tree: source system, database, schema and its short name. */
    record Location(String source, String database, String schema, String name) {
    }

    private OpenLineageNames() {
    }

    static String dataset(String namespace, String name) {
        if (namespace.endsWith("/") || name.startsWith("/")) {
            return namespace.endsWith("/") && name.startsWith("/") ? namespace + name.substring(1) : namespace + name;
        }
        return namespace + "/" + name;
    }

    static String job(String namespace, String name) {
        return "job:" + namespace + "/" + name;
    }

    static String field(String datasetQualifiedName, String fieldPath) {
        return datasetQualifiedName + "#" + fieldPath;
    }

    static Location datasetLocation(String namespace, String name) {
        String scheme = scheme(namespace);
        if (PATH_SCHEMES.contains(scheme) || name.startsWith("/")) {
            String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
            int slash = trimmed.lastIndexOf('/');
            String directory = slash <= 0 ? "" : trimmed.substring(trimmed.startsWith("/") ? 1 : 0, slash);
            return new Location(namespace, "", directory, slash < 0 ? trimmed : trimmed.substring(slash + 1));
        }
        if (FLAT_SCHEMES.contains(scheme)) {
            return new Location(namespace, "", "", name);
        }
        String[] parts = name.split("\\.");
        switch (parts.length) {
            case 1:
                return new Location(namespace, "", "", name);
            case 2:
                return new Location(namespace, "", parts[0], parts[1]);
            default:
                String middle = String.join(".", Arrays.copyOfRange(parts, 1, parts.length - 1));
                return new Location(namespace, parts[0], middle, parts[parts.length - 1]);
        }
    }

    private static String scheme(String namespace) {
        int colon = namespace.indexOf("://");
        return colon < 0 ? "" : namespace.substring(0, colon).toLowerCase(Locale.ROOT);
    }
}
