package org.steward.model.workspace;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.steward.model.ingest.CatalogBatch;

/**
 * Runs a batch producer (an importer parsing a file) on its own thread while the caller writes the batches, so
 * parsing and database work overlap. At most {@link #DEPTH} batches wait in between, which bounds memory. A failure
 * on either side ends both: the producer's exception is rethrown to the caller, and a caller failure stops the
 * producer at its next batch.
 */
final class BatchPipeline {
    static final int DEPTH = 2;
    private static final Object END = new Object();

    private BatchPipeline() {
    }

    /** Writes each batch with {@code writer} on the calling thread. */
    static void run(Consumer<Consumer<CatalogBatch>> producer, BatchWriter writer) throws SQLException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
        AtomicBoolean stopped = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            try {
                producer.accept(batch -> put(queue, batch, stopped));
                put(queue, END, stopped);
            } catch (Stopped e) {
                // the writer gave up; nothing to report
            } catch (RuntimeException | Error e) {
                try {
                    put(queue, new Failure(e), stopped);
                } catch (Stopped alsoStopped) {
                    // the writer gave up first (a cancel interrupts both); its own failure is the one reported
                }
            }
        }, "ingest-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object item = take(queue);
                if (item == END) {
                    return;
                }
                if (item instanceof Failure failure) {
                    throw failure.rethrow();
                }
                writer.write((CatalogBatch) item);
            }
        } finally {
            stopped.set(true);
            queue.clear();
            join(reader);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item, AtomicBoolean stopped) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (stopped.get()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        if (stopped.get() && item != END) {
            throw new Stopped();
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException("The import was interrupted.", e);
        }
    }

    private static void join(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes one batch inside the caller's transaction. */
    @FunctionalInterface
    interface BatchWriter {
        void write(CatalogBatch batch) throws SQLException;
    }

    private record Failure(Throwable cause) {
        RuntimeException rethrow() {
            if (cause instanceof Error error) {
                throw error;
            }
            return (RuntimeException) cause;
        }
    }

    /** Unwinds the producer after the writer stopped. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
