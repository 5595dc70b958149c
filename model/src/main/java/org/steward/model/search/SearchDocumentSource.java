package org.steward.model.search;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** Where the search index reads its documents from: the workspace store. */
public interface SearchDocumentSource {

    /** Streams every entity's document; used to (re)build the index. */
    void forEachDocument(Consumer<SearchDocument> sink);

    long documentCount();

    /** The current documents of the given entities; ids that no longer exist are simply absent. */
    List<SearchDocument> documents(Collection<Long> entityIds);
}
