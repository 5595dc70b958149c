package org.steward.app.cli;

import org.steward.app.AppDirectories;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Hands the app's directories to commands that ask for them; everything else picocli makes itself. */
final class CommandFactory implements IFactory {
    private final AppDirectories directories;
    private final IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(AppDirectories directories) {
        this.directories = directories;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == StewardCommand.class) {
            return type.cast(new StewardCommand(directories));
        }
        return fallback.create(type);
    }
}
