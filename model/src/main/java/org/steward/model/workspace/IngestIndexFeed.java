package org.steward.model.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.steward.model.search.SearchDocument;

/**
 * While an import into an empty workspace is written, hands the search index the documents of the entities each
 * batch wrote, read inside the import's transaction. An entity a later batch touches again (a dataset that gets
 * more columns or labels) is remembered, to be read once more after the commit.
 */
final class IngestIndexFeed {
    private final CatalogStore catalog;
    private final Consumer<SearchDocument> sink;
    private final Set<Long> handedOver = new HashSet<>();
    private final Set<Long> changedAfterHandover = new HashSet<>();

    IngestIndexFeed(CatalogStore catalog, Consumer<SearchDocument> sink) {
        this.catalog = catalog;
        this.sink = sink;
    }

    void afterBatch(Connection connection, Set<Long> touched) throws SQLException {
        List<Long> fresh = new ArrayList<>(touched.size());
        for (Long id : touched) {
            if (handedOver.contains(id)) {
                changedAfterHandover.add(id);
            } else {
                fresh.add(id);
            }
        }
        for (SearchDocument document : catalog.documents(connection, fresh)) {
            sink.accept(document);
        }
        handedOver.addAll(fresh);
    }

    Set<Long> changedAfterHandover() {
        return changedAfterHandover;
    }
}
