package org.steward.app.cli;

import org.steward.app.UserError;
import org.steward.model.classification.Taxonomy;
import org.steward.model.masking.DatasetMasking;
import org.steward.model.masking.MaskingPlan;
import org.steward.model.workspace.Workspace;

/** What the mask commands share: a dataset's plan, with bad names reported as user errors. */
final class MaskingOptions {

    private MaskingOptions() {
    }

    static MaskingPlan plan(Workspace workspace, String qualifiedName) {
        try {
            return new DatasetMasking(workspace.catalog(), workspace.masking(), Taxonomy.standard())
                    .plan(qualifiedName);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
