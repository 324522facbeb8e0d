package org.clusterscope.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.clusterscope.net.Message;
import org.clusterscope.protocol.message.Data;
import org.clusterscope.protocol.message.Reply;
import org.clusterscope.protocol.message.Vote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our packets through the Tcl {@code cluster} package's own decoder (interop/tcl-cluster): a Tcl
 * member keeps every packet meant for it and drops, unread, the events of channel 67. Skipped
 * where {@code tclsh} or the package is missing.
 */
class TclDecoderTest {

    private static final Path PACKAGE = Path.of("..", "shared", "interop", "tcl-cluster", "package");

    @Test
    void aTclMemberKeepsOurPacketsAndDropsOurEvents(@TempDir Path temp) throws Exception {
        assumeTrue(Files.isDirectory(PACKAGE), "the Tcl cluster package is not beside the project");
        assumeTrue(hasTclsh(), "tclsh is not installed");
        BpacketCodec codec = new BpacketCodec("02:42:ac:11:00:02");
        List<Message> messages = Messages.all();
        List<String> hex = new ArrayList<>();
        for (Message message : messages) {
            // replies go to one member, as they do on the wire; the member here is "me"
            hex.add(HexFormat.of().formatHex(message instanceof Reply ? codec.encode(message, Messages.id("me"))
                    : codec.encode(message)));
        }
        hex.add(HexFormat.of().formatHex(codec.encode(messages.get(0), Messages.id("someone-else"))));

        List<String> verdicts = decodeWithTcl(temp, hex);

        assertThat(verdicts).hasSize(hex.size());
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            String verdict = verdicts.get(i);
            if (message instanceof Vote || message instanceof Data) {
                assertThat(verdict).as(message.toString()).isEqualTo("drop channel 67");
            } else {
                assertThat(verdict).as(message.toString()).startsWith("keep ");
            }
        }
        assertThat(verdicts.get(hex.size() - 1)).isEqualTo("drop filtered");
    }

    private static List<String> decodeWithTcl(Path temp, List<String> hex) throws IOException, InterruptedException {
        Path script = temp.resolve("tcl-decode.tcl");
        try (InputStream in = TclDecoderTest.class.getResourceAsStream("/wire/tcl-decode.tcl")) {
            Files.copy(in, script);
        }
        Process tcl = new ProcessBuilder("tclsh", script.toString(), PACKAGE.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        try (OutputStream out = tcl.getOutputStream()) {
            out.write(String.join("\n", hex).concat("\n").getBytes(StandardCharsets.US_ASCII));
        }
        String output = new String(tcl.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(tcl.waitFor(60, TimeUnit.SECONDS)).as("tclsh finished").isTrue();
        assertThat(tcl.exitValue()).as(output).isZero();
        return output.lines().toList();
    }

    private static boolean hasTclsh() {
        try {
            Process probe = new ProcessBuilder("tclsh").redirectErrorStream(true).start();
            probe.getOutputStream().close();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
