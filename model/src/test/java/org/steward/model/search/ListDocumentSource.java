package org.steward.model.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** An in-memory {@link SearchDocumentSource} for tests; documents can be replaced and removed. */
final class ListDocumentSource implements SearchDocumentSource {

    private final Map<Long, SearchDocument> documents = new LinkedHashMap<>();

    ListDocumentSource(List<SearchDocument> documents) {
        documents.forEach(this::put);
    }

    void put(SearchDocument document) {
        documents.put(document.entity().id(), document);
    }

    void remove(long id) {
        documents.remove(id);
    }

    @Override
    public void forEachDocument(Consumer<SearchDocument> sink) {
        new ArrayList<>(documents.values()).forEach(sink);
    }

    @Override
    public long documentCount() {
        return documents.size();
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> entityIds) {
        List<SearchDocument> found = new ArrayList<>();
        for (Long id : entityIds) {
            SearchDocument document = documents.get(id);
            if (document != null) {
                found.add(document);
            }
        }
        return found;
    }
}
