package org.steward.views.shell;

import java.util.List;
import org.steward.views.audit.AuditView;
import org.steward.views.catalog.CatalogView;
import org.steward.views.classification.SuggestionsView;
import org.steward.views.changes.ChangesView;
import org.steward.views.push.PushView;
import org.steward.views.common.Glyph;
import org.steward.views.lineage.LineageView;
import org.steward.views.policy.PoliciesView;
import org.steward.views.platforms.PlatformsView;

/**
 * A navigation area of the rail. Only areas that work are listed; a new area is one more line in {@link #all()}.
 */
public record Area(String id, String title, Glyph glyph, Factory factory) {
    public static final String CATALOG = "catalog";
    public static final String LINEAGE = "lineage";
    public static final String POLICIES = "policies";
    public static final String SUGGESTIONS = "suggestions";
    public static final String CHANGES = "changes";
    public static final String AUDIT = "audit";
    public static final String PUSH = "push";
    public static final String PLATFORMS = "platforms";

    public static List<Area> all() {
        return List.of(
                new Area(CATALOG, "Catalog", Glyph.CATALOG, CatalogView::new),
                new Area(LINEAGE, "Lineage", Glyph.LINEAGE, LineageView::new),
                new Area(SUGGESTIONS, "Suggestions", Glyph.SUGGESTIONS, SuggestionsView::new),
                new Area(POLICIES, "Policies", Glyph.POLICIES, PoliciesView::new),
                new Area(CHANGES, "Changes", Glyph.CHANGES, ChangesView::new),
                new Area(PUSH, "Push", Glyph.PUSH, PushView::new),
                new Area(AUDIT, "Audit", Glyph.AUDIT, AuditView::new),
                new Area(PLATFORMS, "Platforms", Glyph.PLATFORMS, PlatformsView::new));
    }

    /** Builds an area's view for an open workspace. */
    @FunctionalInterface
    public interface Factory {
        AreaView create(AreaContext context);
    }
}
