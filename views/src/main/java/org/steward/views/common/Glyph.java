package org.steward.views.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.steward.model.catalog.EntityType;

/** Every icon the views use, named by meaning. */
public enum Glyph {
    NEW_WORKSPACE(Material2OutlinedAL.CREATE_NEW_FOLDER),
    OPEN_WORKSPACE(Material2OutlinedAL.FOLDER_OPEN),
    DEMO(Material2OutlinedMZ.SCIENCE),
    CLOSE(Material2AL.CLOSE),
    QUIT(Material2AL.EXIT_TO_APP),
    UNDO(Material2MZ.UNDO),
    REDO(Material2MZ.REDO),
    COPY(Material2OutlinedAL.CONTENT_COPY),
    SEARCH(Material2MZ.SEARCH),
    THEME(Material2OutlinedAL.BRIGHTNESS_4),
    ABOUT(Material2OutlinedAL.INFO),
    SHORTCUTS(Material2OutlinedAL.KEYBOARD),
    LOG(Material2OutlinedAL.ARTICLE),
    CATALOG(Material2OutlinedMZ.VIEW_LIST),
    SOURCE(Material2OutlinedAL.DNS),
    DATABASE(Material2OutlinedMZ.STORAGE),
    SCHEMA(Material2OutlinedAL.FOLDER),
    ALL_SOURCES(Material2OutlinedAL.CLOUD),
    DATASET(Material2OutlinedMZ.TABLE_CHART),
    COLUMN(Material2OutlinedMZ.VIEW_COLUMN),
    PROCESS(Material2OutlinedMZ.SETTINGS_ETHERNET),
    DASHBOARD(Material2OutlinedAL.DASHBOARD),
    EDIT(Material2OutlinedAL.EDIT),
    SAVE(Material2OutlinedMZ.SAVE),
    ADD(Material2AL.ADD),
    REMOVE(Material2MZ.REMOVE),
    WARNING(Material2OutlinedMZ.WARNING),
    CANCEL(Material2OutlinedAL.CANCEL),
    FILTER(Material2OutlinedAL.FILTER_ALT),
    UPSTREAM(Material2AL.ARROW_UPWARD),
    DOWNSTREAM(Material2AL.ARROW_DOWNWARD),
    OWNER(Material2OutlinedMZ.PERSON),
    TERM(Material2OutlinedAL.LOCAL_OFFER),
    PRIVACY(Material2OutlinedMZ.PRIVACY_TIP),
    LINEAGE(Material2OutlinedAL.ACCOUNT_TREE),
    FIT(Material2OutlinedMZ.ZOOM_OUT_MAP),
    ZOOM_IN(Material2MZ.ZOOM_IN),
    ZOOM_OUT(Material2MZ.ZOOM_OUT),
    PATHS(Material2OutlinedAL.ALT_ROUTE),
    IMPACT(Material2OutlinedAL.FLASH_ON),
    EXPORT(Material2OutlinedAL.GET_APP),
    IMPORT(Material2OutlinedAL.FILE_UPLOAD),
    POLICIES(Material2OutlinedMZ.POLICY),
    RUN(Material2OutlinedMZ.REFRESH),
    RULES(Material2OutlinedMZ.RULE_FOLDER),
    FIX(Material2OutlinedAL.BUILD),
    CLASSIFY(Material2OutlinedAL.LABEL),
    SUGGESTIONS(Material2OutlinedAL.LIGHTBULB),
    ACCEPT(Material2AL.CHECK),
    CHANGES(Material2OutlinedMZ.RATE_REVIEW),
    AUDIT(Material2OutlinedMZ.RECEIPT_LONG),
    PUSH(Material2OutlinedAL.CLOUD_UPLOAD),
    USERS(Material2OutlinedMZ.PEOPLE),
    SWITCH_USER(Material2OutlinedMZ.SUPERVISED_USER_CIRCLE),
    SUBMIT(Material2OutlinedMZ.SEND),
    APPROVE(Material2OutlinedAL.CHECK_CIRCLE),
    REJECT(Material2OutlinedAL.BLOCK),
    REOPEN(Material2OutlinedMZ.REPLAY),
    COMMENT(Material2OutlinedAL.COMMENT),
    VERIFY(Material2OutlinedMZ.VERIFIED_USER),
    PLATFORMS(Material2OutlinedAL.CLOUD_QUEUE),
    PULL(Material2OutlinedAL.CLOUD_DOWNLOAD),
    CONNECTION(Material2OutlinedAL.LINK);

    private final Ikon ikon;

    Glyph(Ikon ikon) {
        this.ikon = ikon;
    }

    public Ikon ikon() {
        return ikon;
    }

    public FontIcon icon() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("glyph");
        return icon;
    }

    public static Glyph of(EntityType type) {
        return switch (type) {
            case DATASET -> DATASET;
            case COLUMN -> COLUMN;
            case PROCESS -> PROCESS;
            case DASHBOARD -> DASHBOARD;
        };
    }
}
