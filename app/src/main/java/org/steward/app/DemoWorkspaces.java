package org.steward.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import org.steward.model.demo.DemoCatalogGenerator;
import org.steward.model.demo.DemoSize;
import org.steward.model.demo.DemoUsers;
import org.steward.model.ingest.IngestResult;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;
import org.steward.model.workspace.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes demo workspaces from the blueprint. A workspace is built in a sibling folder and moved into place only
 * when complete, so a crash or cancel never leaves half a demo behind.
 */
public final class DemoWorkspaces {
    public static final String DEMO_NAME = "Larkspur Retail (demo)";
    private static final Logger LOG = LoggerFactory.getLogger(DemoWorkspaces.class);

    private DemoWorkspaces() {
    }

    /** The default demo in the user's data folder, generated on first use. */
    public static Path ensureDefault(AppDirectories directories, ProgressMonitor monitor) {
        Path target = directories.demoWorkspace();
        if (!Files.isRegularFile(target.resolve("steward-workspace.properties"))) {
            LOG.info("Generating the demo workspace in {}", target);
            build(target, DemoSize.DEFAULT, DEMO_NAME, monitor);
        }
        return target;
    }

    /** Generates a demo of {@code size} into {@code target}, which must not exist or be empty. */
    public static IngestResult build(Path target, DemoSize size, String name, ProgressMonitor monitor) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !isEmptyDirectory(absolute)) {
            throw new WorkspaceException("Cannot make a demo workspace in " + absolute
                    + ": the folder exists and is not empty.");
        }
        Path staging = absolute.resolveSibling(absolute.getFileName() + ".partial");
        deleteQuietly(staging);
        try {
            Files.createDirectories(absolute.getParent());
            IngestResult result;
            Workspace workspace = Workspace.create(staging, name);
            try {
                DemoCatalogGenerator generator = new DemoCatalogGenerator();
                result = workspace.ingestAll(sink -> generator.generate(size, sink, monitor),
                        DemoCatalogGenerator.ORIGIN, "steward-demo", monitor);
                DemoUsers.enroll(workspace.users(), System.getProperty("user.name", "steward"));
            } catch (RuntimeException e) {
                workspace.close();
                throw e;
            }
            monitor.progress(1, 1, "Compacting the workspace");
            workspace.closeCompacted();
            if (Files.exists(absolute)) {
                Files.delete(absolute);
            }
            Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new WorkspaceException("Cannot write the demo workspace to " + absolute + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    private static boolean isEmptyDirectory(Path directory) {
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove {}", directory, e);
        }
    }
}
