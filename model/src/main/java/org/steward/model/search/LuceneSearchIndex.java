package org.steward.model.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.steward.model.task.ProgressMonitor;

/** Temporary naive index until the search branch lands; replaced on merge. */
public final class LuceneSearchIndex implements CatalogSearch, AutoCloseable {
    private final Map<Long, SearchDocument> docs = new ConcurrentHashMap<>();
    private volatile long generation = -1;

    public static LuceneSearchIndex open(Path directory) throws java.io.IOException {
        return new LuceneSearchIndex();
    }

    public static LuceneSearchIndex inMemory() {
        return new LuceneSearchIndex();
    }

    public long generation() {
        return generation;
    }

    public void rebuild(SearchDocumentSource source, long newGeneration, ProgressMonitor monitor) {
        docs.clear();
        source.forEachDocument(d -> docs.put(d.entity().id(), d));
        generation = newGeneration;
    }

    public void update(Collection<Long> ids, SearchDocumentSource source, long newGeneration) {
        ids.forEach(docs::remove);
        source.documents(ids).forEach(d -> docs.put(d.entity().id(), d));
        generation = newGeneration;
    }

    @Override
    public SearchResults search(SearchQuery query) {
        String text = query.text().toLowerCase();
        List<SearchHit> hits = new ArrayList<>();
        for (SearchDocument d : docs.values()) {
            if (d.entity().name().toLowerCase().contains(text)) {
                hits.add(new SearchHit(d.entity(), 1, SearchField.NAME, d.entity().name(), Map.of(), List.of()));
            }
        }
        return new SearchResults(query, hits.subList(0, Math.min(hits.size(), query.limit())), hits.size(), 0);
    }

    @Override
    public List<String> sources() {
        return List.of();
    }

    @Override
    public List<String> classifications() {
        return List.of();
    }

    @Override
    public List<String> owners() {
        return List.of();
    }

    @Override
    public void close() {
    }
}
