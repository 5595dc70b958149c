package org.steward.connectors.atlas;

/**
 * Catalog-tree placement from Atlas qualified names, which follow {@code db.table@cluster},
 * {@code db.table.column@cluster}, {@code topic@cluster}, {@code s3://bucket/path@cluster} or, for HBase,
 * {@code namespace:table@cluster}.
 */
final class AtlasNames {

    record Location(String source, String database, String schema, String name) {
    }

    private AtlasNames() {
    }

    static Location location(String typeName, String qualifiedName) {
        int at = qualifiedName.lastIndexOf('@');
        String local = at < 0 ? qualifiedName : qualifiedName.substring(0, at);
        String cluster = at < 0 ? "" : qualifiedName.substring(at + 1);
        String family = family(typeName);
        String source = cluster.isEmpty() ? family : family + "@" + cluster;
        if (local.contains("://")) {
            String path = local.substring(local.indexOf("://") + 3);
            int slash = path.indexOf('/');
            String bucket = slash < 0 ? path : path.substring(0, slash);
            String name = path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
            return new Location(source, bucket, "", name.isEmpty() ? local : name);
        }
        int colon = local.indexOf(':');
        if (family.equals("hbase") && colon > 0) {
            // HBase names are namespace:table, namespace:table.family and namespace:table.family.column.
            String table = local.substring(colon + 1);
            return new Location(source, local.substring(0, colon), "", table.substring(table.lastIndexOf('.') + 1));
        }
        String[] parts = local.split("\\.");
        if (parts.length == 1) {
            return new Location(source, "", "", local);
        }
        return new Location(source, parts[0], "", parts[parts.length - 1]);
    }

    /**
     * {@code db.table.column@cluster} → {@code db.table@cluster}, and for HBase {@code ns:table.family.column@cluster}
     * → {@code ns:table@cluster} (a column family is not a catalog entity); {@code null} when the name has no table
     * part.
     */
    static String columnParent(String typeName, String qualifiedName) {
        int at = qualifiedName.lastIndexOf('@');
        String local = at < 0 ? qualifiedName : qualifiedName.substring(0, at);
        int colon = local.indexOf(':');
        if (family(typeName).equals("hbase") && colon > 0) {
            int dot = local.indexOf('.', colon);
            return dot < 0 ? null : local.substring(0, dot) + (at < 0 ? "" : qualifiedName.substring(at));
        }
        int dot = local.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        return local.substring(0, dot) + (at < 0 ? "" : qualifiedName.substring(at));
    }

    private static String family(String typeName) {
        if (typeName == null || typeName.isEmpty()) {
            return "atlas";
        }
        int underscore = typeName.indexOf('_');
        return underscore < 0 ? typeName : typeName.substring(0, underscore);
    }
}
