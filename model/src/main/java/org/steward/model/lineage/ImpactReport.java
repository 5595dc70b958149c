package org.steward.model.lineage;

import java.util.List;
import org.steward.model.catalog.Owner;

/**
 * What a change to one entity reaches downstream: the datasets, dashboards and ML features, who owns them, and
 * which classifications would propagate to where.
 */
public record ImpactReport(
        LineageNode subject,
        List<ImpactedEntity> impacted,
        List<Owner> ownersToNotify,
        List<PropagatingLabel> propagatingLabels) {

    public ImpactReport {
        impacted = List.copyOf(impacted);
        ownersToNotify = List.copyOf(ownersToNotify);
        propagatingLabels = List.copyOf(propagatingLabels);
    }

    /** One downstream entity, how far it is, and what kind of consumer it is. */
    public record ImpactedEntity(LineageNode node, int distance, ImpactKind kind, String owner) {
    }

    /** Dataset, dashboard or ML feature set; processes are not listed as impacted. */
    public enum ImpactKind {
        DATASET,
        DASHBOARD,
        ML_FEATURE
    }

    /** A classification on the subject (or its columns) that propagates, and the entities it would reach. */
    public record PropagatingLabel(String classification, String fromQualifiedName, List<String> reaches) {
        public PropagatingLabel {
            reaches = List.copyOf(reaches);
        }
    }
}
