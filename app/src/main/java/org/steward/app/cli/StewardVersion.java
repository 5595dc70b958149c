package org.steward.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
public final class StewardVersion implements IVersionProvider {

    public static String current() {
        String version = StewardVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Steward " + current(), "Java " + System.getProperty("java.version")};
    }
}
