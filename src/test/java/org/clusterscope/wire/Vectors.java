package org.clusterscope.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The 33 real packets of the Tcl {@code cluster} package (BPACKET.md, vectors/): the copy in the
 * test resources, or the shared file beside the project when the copy is missing.
 */
final class Vectors {

    static final String RESOURCE = "/wire/tcl-cluster-packets.txt";
    static final Path SHARED = Path.of("..", "shared", "vectors", "tcl-cluster-packets.txt");

    /** One record: its number, the packet as sent, and the fields the reference decoder read. */
    record Vector(int number, byte[] packet, String fields) {
    }

    private Vectors() {
    }

    static String text() {
        try (InputStream in = Vectors.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(SHARED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Vector> all() {
        List<Vector> vectors = new ArrayList<>();
        Integer number = null;
        byte[] packet = null;
        for (String line : text().split("\n")) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("hex:")) {
                packet = HexFormat.of().parseHex(line.substring(4).strip());
            } else if (line.startsWith("fields:")) {
                vectors.add(new Vector(number, packet, line.substring(7).strip()));
                number = null;
                packet = null;
            } else {
                number = Integer.parseInt(line);
            }
        }
        return vectors;
    }

    static Vector number(int n) {
        return all().stream().filter(v -> v.number() == n).findFirst().orElseThrow();
    }
}
