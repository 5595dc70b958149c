package org.steward.connectors.openlineage;

import org.steward.model.lineage.LineageNode;

/**
 * Namespace and name for a node such that the importer's rules ({@link OpenLineageNames}) give back its qualified
 * name. Entities imported from OpenLineage always round-trip; for other qualified names (Atlas, dbt) that cannot
 * be written as {@code namespace/name}, the namespace is {@link #FALLBACK_NAMESPACE} and the name the qualified
 * name, so a re-import files them under {@code steward/…}.
 */
final class OpenLineageExportNames {
    static final String FALLBACK_NAMESPACE = "steward";
    private static final String JOB = "job:";

    record NamespaceAndName(String namespace, String name) {
    }

    private OpenLineageExportNames() {
    }

    static NamespaceAndName dataset(LineageNode node) {
        String qualifiedName = node.qualifiedName();
        String source = node.source();
        if (!source.isEmpty() && qualifiedName.startsWith(source) && qualifiedName.length() > source.length()) {
            String rest = qualifiedName.substring(source.length());
            String name = rest.startsWith("/") && !source.endsWith("/") ? rest.substring(1) : rest;
            if (OpenLineageNames.dataset(source, name).equals(qualifiedName)) {
                return new NamespaceAndName(source, name);
            }
        }
        int scheme = qualifiedName.indexOf("://");
        int slash = qualifiedName.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (slash > 0 && slash < qualifiedName.length() - 1) {
            NamespaceAndName split = new NamespaceAndName(qualifiedName.substring(0, slash),
                    qualifiedName.substring(slash + 1));
            if (OpenLineageNames.dataset(split.namespace(), split.name()).equals(qualifiedName)) {
                return split;
            }
        }
        return new NamespaceAndName(FALLBACK_NAMESPACE, qualifiedName);
    }

    static NamespaceAndName job(LineageNode node) {
        String qualifiedName = node.qualifiedName();
        String prefix = JOB + node.source() + "/";
        if (!node.source().isEmpty() && qualifiedName.startsWith(prefix) && qualifiedName.length() > prefix.length()) {
            return new NamespaceAndName(node.source(), qualifiedName.substring(prefix.length()));
        }
        if (qualifiedName.startsWith(JOB)) {
            int slash = qualifiedName.lastIndexOf('/');
            if (slash > JOB.length() && slash < qualifiedName.length() - 1) {
                return new NamespaceAndName(qualifiedName.substring(JOB.length(), slash),
                        qualifiedName.substring(slash + 1));
            }
        }
        return new NamespaceAndName(FALLBACK_NAMESPACE, qualifiedName);
    }

    /** The field path of a column: what follows {@code datasetQN#}, else the column's name. */
    static String field(LineageNode column, LineageNode dataset) {
        String prefix = dataset.qualifiedName() + "#";
        return column.qualifiedName().startsWith(prefix) ? column.qualifiedName().substring(prefix.length())
                : column.name();
    }
}
