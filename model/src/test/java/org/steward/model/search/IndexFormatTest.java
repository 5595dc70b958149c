package org.steward.model.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.task.ProgressMonitor;

class IndexFormatTest {

    @TempDir
    Path temp;

    @Test
    void anIndexWrittenInAnotherFormatReportsNoGenerationSoTheWorkspaceRebuildsIt() throws Exception {
        Path directory = temp.resolve("index");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(directory)) {
            index.rebuild(new ListDocumentSource(List.of()), 5, ProgressMonitor.NONE);
            assertThat(index.generation()).isEqualTo(5);
        }
        try (FSDirectory lucene = FSDirectory.open(directory);
             IndexWriter writer = new IndexWriter(lucene, new IndexWriterConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                     .setIndexSort(QueryFactory.tieOrder()))) {
            writer.setLiveCommitData(Map.of(IndexFields.GENERATION, "5", IndexFields.FORMAT, "older").entrySet());
            writer.commit();
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(directory)) {
            assertThat(index.generation()).isEqualTo(-1);
        }
    }
}
