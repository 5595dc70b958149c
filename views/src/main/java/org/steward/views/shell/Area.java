package org.steward.views.shell;

import java.util.List;
import org.steward.views.catalog.CatalogView;
import org.steward.views.common.Glyph;
import org.steward.views.task.TaskExecutor;

/**
 * A navigation area of the rail. Only areas that work are listed; a new area is one more line in {@link #all()}.
 */
public record Area(String id, String title, Glyph glyph, Factory factory) {

    public static List<Area> all() {
        return List.of(
                new Area("catalog", "Catalog", Glyph.CATALOG, CatalogView::new));
    }

    /** Builds an area's view for an open workspace. */
    @FunctionalInterface
    public interface Factory {
        AreaView create(WorkspaceSession session, TaskExecutor executor);
    }
}
