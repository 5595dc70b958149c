package org.steward.model.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * The top hits of a ranked query, ordered by score, then type (datasets first), shorter name, qualified name.
 *
 * <p>The index is sorted by exactly that tie-break, so within one segment doc-id order is tie order and a plain
 * top-score collector may skip every further doc once it holds {@code limit} hits of a score (block-max WAND). Each
 * segment keeps its own top hits; they are merged here by the full order.
 */
final class RankedTopDocs {

    private RankedTopDocs() {
    }

    static List<ScoreDoc> search(IndexSearcher searcher, Query query, int limit) throws IOException {
        List<ScoreDoc> candidates = searcher.search(query, new PerSegmentManager(limit));
        List<Candidate> ranked = new ArrayList<>(candidates.size());
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc scoreDoc : candidates) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves));
            ranked.add(Candidate.of(scoreDoc, leaf));
        }
        ranked.sort(Candidate.ORDER);
        List<ScoreDoc> top = new ArrayList<>(Math.min(limit, ranked.size()));
        for (int i = 0; i < ranked.size() && i < limit; i++) {
            top.add(ranked.get(i).scoreDoc());
        }
        return top;
    }

    private record Candidate(ScoreDoc scoreDoc, long typeRank, long nameLength, BytesRef qualifiedName) {

        static final Comparator<Candidate> ORDER = Comparator.comparingDouble((Candidate c) -> -c.scoreDoc().score)
                .thenComparingLong(Candidate::typeRank)
                .thenComparingLong(Candidate::nameLength)
                .thenComparing(Candidate::qualifiedName);

        static Candidate of(ScoreDoc scoreDoc, LeafReaderContext leaf) throws IOException {
            int doc = scoreDoc.doc - leaf.docBase;
            return new Candidate(scoreDoc,
                    numeric(DocValues.getNumeric(leaf.reader(), IndexFields.TYPE_RANK), doc),
                    numeric(DocValues.getNumeric(leaf.reader(), IndexFields.NAME_LENGTH), doc),
                    sorted(DocValues.getSorted(leaf.reader(), IndexFields.QUALIFIED_NAME_SORT), doc));
        }

        private static long numeric(NumericDocValues values, int doc) throws IOException {
            return values.advanceExact(doc) ? values.longValue() : Long.MAX_VALUE;
        }

        private static BytesRef sorted(SortedDocValues values, int doc) throws IOException {
            return values.advanceExact(doc) ? BytesRef.deepCopyOf(values.lookupOrd(values.ordValue())) : new BytesRef();
        }
    }

    private static final class PerSegmentManager implements CollectorManager<PerSegmentCollector, List<ScoreDoc>> {
        private final int limit;

        PerSegmentManager(int limit) {
            this.limit = limit;
        }

        @Override
        public PerSegmentCollector newCollector() {
            return new PerSegmentCollector(limit);
        }

        @Override
        public List<ScoreDoc> reduce(Collection<PerSegmentCollector> collectors) {
            List<ScoreDoc> all = new ArrayList<>();
            collectors.forEach(collector -> collector.collectInto(all));
            return all;
        }
    }

    private static final class PerSegmentCollector implements Collector {
        private final int limit;
        private final List<TopScoreDocCollector> segments = new ArrayList<>();

        PerSegmentCollector(int limit) {
            this.limit = limit;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            TopScoreDocCollector segment = new TopScoreDocCollectorManager(limit, null, limit).newCollector();
            segments.add(segment);
            return segment.getLeafCollector(context);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }

        void collectInto(List<ScoreDoc> all) {
            for (TopScoreDocCollector segment : segments) {
                all.addAll(List.of(segment.topDocs().scoreDocs));
            }
        }
    }
}
