package org.steward.model.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.model.task.CancelledException;
import org.steward.model.task.ProgressMonitor;

/**
 * The catalog's full-text index. Searches see only committed states (each commit carries the workspace's
 * generation number), so a failed or cancelled rebuild leaves the previous index in place.
 */
public final class LuceneSearchIndex implements CatalogSearch, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);
    private static final int PROGRESS_EVERY = 10_000;
    private static final double RAM_BUFFER_MB = 128;

    private final Directory directory;
    private final Object writeLock = new Object();
    private final SearcherManager searchers;
    private final int indexThreads = ParallelIndexer.defaultThreads();
    private IndexWriter writer;
    private volatile long generation;

    private LuceneSearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = openOrRecreateWriter();
        if (!DirectoryReader.indexExists(directory)) {
            writer.commit();
        }
        this.searchers = new SearcherManager(directory, null);
        this.generation = readGeneration();
    }

    public static LuceneSearchIndex open(Path directory) throws IOException {
        Files.createDirectories(directory);
        return new LuceneSearchIndex(FSDirectory.open(directory));
    }

    public static LuceneSearchIndex inMemory() {
        try {
            return new LuceneSearchIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generation of the last commit, or -1 when nothing was ever indexed. */
    public long generation() {
        return generation;
    }

    /** Replaces the whole index by the source's documents; on cancel or failure the previous index stays. */
    public void rebuild(SearchDocumentSource source, long newGeneration, ProgressMonitor monitor) {
        synchronized (writeLock) {
            long started = System.nanoTime();
            long total = source.documentCount();
            long[] done = {0};
            try (ParallelIndexer indexer = new ParallelIndexer(writer, indexThreads)) {
                writer.deleteAll();
                monitor.progress(0, total, "Indexing");
                source.forEachDocument(document -> {
                    indexer.add(document);
                    if (++done[0] % PROGRESS_EVERY == 0) {
                        monitor.checkCancelled();
                        monitor.progress(done[0], total, "Indexing");
                    }
                });
                indexer.finish();
                monitor.checkCancelled();
                commit(newGeneration);
                monitor.progress(done[0], total, "Indexed");
                LOG.info("Search index rebuilt: {} documents in {} ms", done[0],
                        (System.nanoTime() - started) / 1_000_000);
            } catch (IOException e) {
                rollback();
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                rollback();
                if (e instanceof CancelledException) {
                    LOG.info("Search index rebuild cancelled after {} documents; the previous index stays", done[0]);
                }
                throw e;
            }
        }
    }

    /**
     * Fills the empty index while an import into an empty workspace is written, so analysing documents overlaps
     * with reading and writing the import. {@code work} runs the import's transaction, handing each document to
     * the sink as soon as it is written, and returns once the database committed. Then documents the import
     * changed after handing them over are read again from {@code source}, and the index commits with the
     * generation {@code work} returned. If {@code work} fails, the index is left as it was.
     */
    public <T extends BulkLoadResult> T load(BulkLoad<T> work, SearchDocumentSource source) {
        synchronized (writeLock) {
            long started = System.nanoTime();
            try (ParallelIndexer indexer = new ParallelIndexer(writer, indexThreads)) {
                writer.deleteAll();
                T result = work.run(indexer::add);
                indexer.finish();
                for (SearchDocument document : source.documents(result.changedAfterLoad())) {
                    writer.updateDocument(idTerm(document.entity().id()), DocumentMapper.toLucene(document));
                }
                commit(result.generation());
                LOG.info("Search index loaded along with the import: {} documents read again after it, in {} ms",
                        result.changedAfterLoad().size(), (System.nanoTime() - started) / 1_000_000);
                return result;
            } catch (IOException e) {
                rollback();
                throw new UncheckedIOException(e);
            } catch (RuntimeException | Error e) {
                rollback();
                throw e;
            }
        }
    }

    /** The import behind {@link #load}: it writes, hands over documents, and commits the database. */
    @FunctionalInterface
    public interface BulkLoad<T extends BulkLoadResult> {
        T run(Consumer<SearchDocument> sink);
    }

    /** What {@link #load} needs back from the import. */
    public interface BulkLoadResult {
        long generation();

        /** Entities whose documents were handed over and changed afterwards. */
        Collection<Long> changedAfterLoad();
    }

    /** Re-indexes the given entities; those the source no longer returns are removed. */
    public void update(Collection<Long> entityIds, SearchDocumentSource source, long newGeneration) {
        synchronized (writeLock) {
            try {
                Set<Long> missing = new HashSet<>(entityIds);
                for (SearchDocument document : source.documents(entityIds)) {
                    long id = document.entity().id();
                    missing.remove(id);
                    writer.updateDocument(idTerm(id), DocumentMapper.toLucene(document));
                }
                for (long id : missing) {
                    writer.deleteDocuments(idTerm(id));
                }
                commit(newGeneration);
            } catch (IOException e) {
                rollback();
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                rollback();
                throw e;
            }
        }
    }

    @Override
    public SearchResults search(SearchQuery query) {
        long started = System.nanoTime();
        List<String> tokens = TextTokens.terms(query.text());
        Query lucene = QueryFactory.query(query, tokens);
        HitFactory hits = new HitFactory(tokens);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<ScoreDoc> top = tokens.isEmpty()
                        ? List.of(searcher.search(lucene, new TopFieldCollectorManager(QueryFactory.blankOrder(),
                                query.limit(), null, query.limit())).scoreDocs)
                        : ranked(searcher, query, tokens, lucene);
                long total = searcher.count(QueryFactory.matching(query, tokens));
                StoredFields stored = searcher.storedFields();
                List<SearchHit> results = new ArrayList<>(top.size());
                for (ScoreDoc scoreDoc : top) {
                    IndexedEntry entry = DocumentMapper.fromLucene(stored.document(scoreDoc.doc));
                    results.add(hits.hit(entry, score(scoreDoc, tokens.isEmpty())));
                }
                double millis = (System.nanoTime() - started) / 1_000_000.0;
                return new SearchResults(query, results, total, millis);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> sources() {
        return distinct(IndexFields.SOURCE);
    }

    @Override
    public List<String> classifications() {
        return distinct(IndexFields.CLASSIFICATION_NAME);
    }

    @Override
    public List<String> owners() {
        return distinct(IndexFields.OWNER_ID);
    }

    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    private static List<ScoreDoc> ranked(IndexSearcher searcher, SearchQuery query, List<String> tokens, Query lucene)
            throws IOException {
        Query matching = QueryFactory.matching(query, tokens);
        for (Query tier : QueryFactory.leadingTiers(tokens)) {
            if (searcher.count(QueryFactory.restrict(matching, tier)) >= query.limit()) {
                return RankedTopDocs.search(searcher, QueryFactory.restrict(lucene, tier), query.limit());
            }
        }
        return RankedTopDocs.search(searcher, lucene, query.limit());
    }

    private void commit(long newGeneration) throws IOException {
        writer.setLiveCommitData(Map.of(IndexFields.GENERATION, Long.toString(newGeneration),
                IndexFields.FORMAT, IndexFields.FORMAT_VERSION).entrySet());
        writer.commit();
        generation = newGeneration;
        searchers.maybeRefreshBlocking();
    }

    private void rollback() {
        try {
            writer.rollback();
            writer = newWriter();
        } catch (IOException e) {
            throw new UncheckedIOException("could not roll the search index back", e);
        }
    }

    /**
     * An index that cannot be opened (corrupt, from another Lucene version, sorted differently) is replaced by an
     * empty one: its generation is then -1 and the workspace rebuilds it.
     */
    private IndexWriter openOrRecreateWriter() throws IOException {
        try {
            return newWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Search index in {} cannot be opened ({}); starting an empty one", directory, e.toString());
            for (String file : directory.listAll()) {
                if (!IndexWriter.WRITE_LOCK_NAME.equals(file)) {
                    directory.deleteFile(file);
                }
            }
            IndexWriter fresh = newWriter(IndexWriterConfig.OpenMode.CREATE);
            fresh.commit();
            return fresh;
        }
    }

    private IndexWriter newWriter() throws IOException {
        return newWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    private IndexWriter newWriter(IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer())
                .setOpenMode(mode)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false)
                .setIndexSort(QueryFactory.tieOrder());
        return new IndexWriter(directory, config);
    }

    private long readGeneration() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, String> data = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
            String value = data.get(IndexFields.GENERATION);
            // An index written with other fields than this version searches is as good as none.
            if (value == null || !IndexFields.FORMAT_VERSION.equals(data.get(IndexFields.FORMAT))) {
                return -1;
            }
            return Long.parseLong(value);
        } finally {
            searchers.release(searcher);
        }
    }

    private List<String> distinct(String field) {
        List<String> values = new ArrayList<>();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
                if (terms != null) {
                    TermsEnum iterator = terms.iterator();
                    for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                        if (term.length > 0) {
                            values.add(term.utf8ToString());
                        }
                    }
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static float score(ScoreDoc scoreDoc, boolean blank) {
        return blank ? 0f : scoreDoc.score;
    }

    private static Term idTerm(long id) {
        return new Term(IndexFields.ID, Long.toString(id));
    }
}
