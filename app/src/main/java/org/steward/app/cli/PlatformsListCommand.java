package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.steward.app.platforms.PlatformsFile;
import org.steward.model.platform.PlatformAuth;
import org.steward.model.platform.PlatformEndpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code steward platforms list}: the configured connections, without their secrets. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the Apache Atlas connections.")
final class PlatformsListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    PlatformsCommand platforms;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        List<PlatformEndpoint> endpoints = new PlatformsFile(platforms.root.directories().platforms()).endpoints();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PlatformEndpoint endpoint : endpoints) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", endpoint.name());
                row.put("kind", endpoint.kind());
                row.put("url", endpoint.url().toString());
                row.put("auth", auth(endpoint));
                row.put("caFile", endpoint.caFile().map(Object::toString).orElse(null));
                row.put("connectTimeoutSeconds", endpoint.connectTimeout().toSeconds());
                row.put("readTimeoutSeconds", endpoint.readTimeout().toSeconds());
                rows.add(row);
            }
            out.println(Json.write(rows));
            return 0;
        }
        if (endpoints.isEmpty()) {
            out.println("No connections. Add one with: steward platforms add NAME --url URL --user USER");
            return 0;
        }
        for (PlatformEndpoint endpoint : endpoints) {
            out.printf("%-16s %-40s %s%s%n", endpoint.name(), endpoint.url(), auth(endpoint),
                    endpoint.caFile().map(ca -> ", CA file " + ca).orElse(""));
        }
        return 0;
    }

    private static String auth(PlatformEndpoint endpoint) {
        return endpoint.auth() instanceof PlatformAuth.Basic basic ? "user " + basic.user() : "bearer token";
    }
}
