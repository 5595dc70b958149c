package org.steward.model.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;

/**
 * Feeds documents to an {@link IndexWriter} in batches on a few worker threads, so that reading the source and
 * analysing documents overlap. At most a few batches wait at any time; the first failure of a worker is rethrown to
 * the producer.
 */
final class ParallelIndexer implements AutoCloseable {

    private static final int BATCH_SIZE = 512;
    private final IndexWriter writer;
    private final ExecutorService workers;
    private final int threads;
    private final int maxInFlight;
    private final Semaphore inFlight;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private List<SearchDocument> batch = new ArrayList<>(BATCH_SIZE);

    ParallelIndexer(IndexWriter writer, int threads) {
        this.writer = writer;
        this.threads = threads;
        this.maxInFlight = threads * 2;
        this.inFlight = new Semaphore(maxInFlight);
        AtomicInteger counter = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "search-indexer-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    void add(SearchDocument document) {
        batch.add(document);
        if (batch.size() == BATCH_SIZE) {
            flush();
        }
    }

    /**
     * Waits until every document given so far is in the writer, then has the workers write the buffered segments
     * side by side, so that the commit that follows does not write them one after another; rethrows a worker's
     * failure.
     */
    void finish() {
        flush();
        awaitWorkers();
        for (int i = 0; i < threads; i++) {
            acquire(1);
            workers.execute(this::writeBufferedSegments);
        }
        awaitWorkers();
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            workers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void flush() {
        rethrowFailure();
        if (batch.isEmpty()) {
            return;
        }
        List<SearchDocument> full = batch;
        batch = new ArrayList<>(BATCH_SIZE);
        acquire(1);
        workers.execute(() -> index(full));
    }

    private void awaitWorkers() {
        acquire(maxInFlight);
        inFlight.release(maxInFlight);
        rethrowFailure();
    }

    private void writeBufferedSegments() {
        try {
            boolean more = true;
            while (more && failure.get() == null) {
                more = writer.flushNextBuffer();
            }
        } catch (IOException | RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        } finally {
            inFlight.release();
        }
    }

    private void index(List<SearchDocument> documents) {
        try {
            if (failure.get() == null) {
                for (SearchDocument document : documents) {
                    writer.addDocument(DocumentMapper.toLucene(document));
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        } finally {
            inFlight.release();
        }
    }

    private void acquire(int permits) {
        try {
            inFlight.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        }
    }

    private void rethrowFailure() {
        Throwable thrown = failure.get();
        if (thrown instanceof IOException) {
            throw new UncheckedIOException((IOException) thrown);
        }
        if (thrown instanceof RuntimeException) {
            throw (RuntimeException) thrown;
        }
        if (thrown instanceof Error) {
            throw (Error) thrown;
        }
    }
}
