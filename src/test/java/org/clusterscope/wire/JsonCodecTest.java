package org.clusterscope.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.clusterscope.net.MalformedPacketException;
import org.clusterscope.net.Message;
import org.clusterscope.protocol.message.Ping;
import org.junit.jupiter.api.Test;

/** The JSON form of the messages: exact round trips, logical names, clear refusals. */
class JsonCodecTest {

    private final JsonCodec codec = new JsonCodec();

    @Test
    void everyMessageComesBackEqual() throws Exception {
        for (Message message : Messages.all()) {
            assertThat(codec.decode(codec.encode(message))).as(message.toString()).isEqualTo(message);
        }
    }

    @Test
    void aMessageIsOneCompactObjectNamedByItsKind() {
        Ping ping = new Ping(Messages.id("n4"), 7, 8, Messages.id("n5"));

        assertThat(new String(codec.encode(ping), StandardCharsets.UTF_8))
                .isEqualTo("{\"kind\":\"ping\",\"sender\":\"n4\",\"incarnation\":7,\"seq\":8,\"suspect\":\"n5\"}");
    }

    @Test
    void fieldsMayComeInAnyOrderAndUnknownOnesAreSkipped() throws Exception {
        String json = "{\"suspect\":\"n5\",\"later\":{\"x\":[1,2]},\"seq\":8,\"incarnation\":7,\"sender\":\"n4\",\"kind\":\"ping\"}";

        assertThat(codec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new Ping(Messages.id("n4"), 7, 8, Messages.id("n5")));
    }

    @Test
    void brokenOrIncompleteMessagesAreMalformed() {
        for (String bad : new String[] {"", "[]", "{", "{\"kind\":\"ping\"}", "{\"kind\":\"warp\"}",
                "{\"kind\":\"ping\",\"sender\":\" \",\"incarnation\":1,\"seq\":1,\"suspect\":\"a\"}",
                "{\"kind\":\"beacon\",\"card\":{\"id\":\"a\",\"port\":99999999999,\"birth\":0,\"incarnation\":0,"
                        + "\"seq\":0,\"state\":\"slave\",\"tags\":[],\"vote\":\"a\"}}",
                "{\"kind\":\"beacon\",\"card\":{\"id\":\"a\",\"port\":1,\"birth\":0,\"incarnation\":0,"
                        + "\"seq\":0,\"state\":\"king\",\"tags\":[],\"vote\":\"a\"}}",
                "{\"kind\":\"ping\",\"sender\":\"n4\",\"incarnation\":7,\"seq\":8,\"suspect\":\"n5\"} {}"}) {
            assertThatThrownBy(() -> codec.decode(bad.getBytes(StandardCharsets.UTF_8))).as(bad)
                    .isInstanceOf(MalformedPacketException.class)
                    .hasMessageNotContaining("internal");
        }
    }
}
