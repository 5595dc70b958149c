package org.steward.app.cli;

import java.util.Locale;
import org.steward.app.UserError;
import org.steward.model.catalog.Entity;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageRequest;
import org.steward.model.workspace.Workspace;

/** Parsing shared by the lineage commands. */
final class LineageOptions {

    private LineageOptions() {
    }

    static int depth(String text) {
        if (text.equalsIgnoreCase("all")) {
            return LineageRequest.ALL;
        }
        try {
            int depth = Integer.parseInt(text);
            if (depth < 1) {
                throw new UserError("--depth must be at least 1, or 'all'");
            }
            return depth;
        } catch (NumberFormatException e) {
            throw new UserError("--depth must be a number or 'all', not '" + text + "'");
        }
    }

    static LineageLevel level(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "dataset":
                return LineageLevel.DATASET;
            case "column":
                return LineageLevel.COLUMN;
            default:
                throw new UserError("--level must be 'dataset' or 'column', not '" + text + "'");
        }
    }

    static Entity entity(Workspace workspace, String qualifiedName) {
        return workspace.catalog().entityByQualifiedName(qualifiedName).orElseThrow(() -> new UserError(
                "there is no entity '" + qualifiedName + "' in workspace " + workspace.name()));
    }
}
