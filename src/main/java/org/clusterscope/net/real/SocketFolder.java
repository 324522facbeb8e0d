package org.clusterscope.net.real;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Unix domain sockets live: a folder given in the settings, or one temporary folder per
 * process. A socket's file is named after its node, cleaned to characters safe in a file name.
 */
final class SocketFolder {

    private static Path temporary;

    private SocketFolder() {
    }

    static Path pathFor(Path folder, String sid) {
        String name = sid.replaceAll("[^A-Za-z0-9._-]", "_") + ".sock";
        return (folder != null ? folder : temporary()).resolve(name);
    }

    private static synchronized Path temporary() {
        if (temporary == null) {
            try {
                temporary = Files.createTempDirectory("clusterscope-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a folder for Unix domain sockets", e);
            }
            temporary.toFile().deleteOnExit();
        }
        return temporary;
    }
}
