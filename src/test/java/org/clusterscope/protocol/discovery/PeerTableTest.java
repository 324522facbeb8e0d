package org.clusterscope.protocol.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.PeerStatus;
import org.junit.jupiter.api.Test;

/** The three sets of PROTOCOL.md §3 (connected, lost, dispatched), kept in the order peers were first heard. */
class PeerTableTest {

    private final PeerTable table = new PeerTable();

    @Test
    void aNewPeerIsConnectedAndFoundByItsId() {
        Peer n2 = table.add(NodeId.of("n2"));

        assertThat(n2.status()).isEqualTo(PeerStatus.CONNECTED);
        assertThat(table.get(NodeId.of("n2"))).isSameAs(n2);
        assertThat(table.get(NodeId.of("n3"))).isNull();
        assertThat(table.isConnected(NodeId.of("n2"))).isTrue();
        assertThat(table.isConnected(NodeId.of("n3"))).isFalse();
    }

    @Test
    void eachSetIsCountedAsPeersMoveBetweenThem() {
        Peer n2 = table.add(NodeId.of("n2"));
        Peer n3 = table.add(NodeId.of("n3"));
        table.add(NodeId.of("n4"));

        table.setStatus(n2, PeerStatus.LOST);
        table.setStatus(n3, PeerStatus.DISPATCHED);
        assertThat(List.of(table.connectedCount(), table.lostCount(), table.dispatchedCount())).containsExactly(1, 1, 1);

        table.setStatus(n2, PeerStatus.CONNECTED);
        assertThat(List.of(table.connectedCount(), table.lostCount(), table.dispatchedCount())).containsExactly(2, 0, 1);
        assertThat(table.connected()).extracting(Peer::id).containsExactly(NodeId.of("n2"), NodeId.of("n4"));
    }

    @Test
    void aThousandPeersAreAllFoundAndListedInTheOrderFirstHeard() {
        List<NodeId> ids = new ArrayList<>();
        for (int i = 1000; i >= 1; i--) {
            ids.add(NodeId.of("n" + i));
            table.add(ids.get(ids.size() - 1));
        }

        for (NodeId id : ids) {
            assertThat(table.get(id)).as(id.value()).isNotNull().extracting(Peer::id).isEqualTo(id);
        }
        // a different object with the same name finds the same row
        assertThat(table.get(new NodeId("n500"))).isSameAs(table.get(ids.get(500)));
        assertThat(table.all()).extracting(Peer::id).containsExactlyElementsOf(ids);
        assertThat(table.connectedCount()).isEqualTo(1000);
        assertThat(table.get(NodeId.of("n1001"))).isNull();
    }

    @Test
    void clearingForgetsEveryRowAndCount() {
        table.setStatus(table.add(NodeId.of("n2")), PeerStatus.LOST);
        table.add(NodeId.of("n3"));

        table.clear();

        assertThat(table.all()).isEmpty();
        assertThat(table.get(NodeId.of("n3"))).isNull();
        assertThat(List.of(table.connectedCount(), table.lostCount(), table.dispatchedCount())).containsExactly(0, 0, 0);
    }

    @Test
    void theListOfRowsIsReadOnly() {
        table.add(NodeId.of("n2"));
        assertThatThrownBy(() -> table.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    /**
     * A row is found by the instance it was made from and by any equal id: ids of a run are
     * looked up first by their instance's ordinal, and ids made in scattered order share places
     * there, so every lookup must still land on the right row.
     */
    @Test
    void everyRowIsFoundByItsOwnInstanceAndByAnEqualOne() {
        List<NodeId> ids = new ArrayList<>();
        List<NodeId> strangers = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            ids.add(NodeId.of("n" + i));
            strangers.add(NodeId.of("x" + i)); // interleaved, so the rows' ordinals are not consecutive
        }
        List<Peer> rows = new ArrayList<>();
        for (NodeId id : ids) {
            rows.add(table.add(id));
        }

        for (int i = 0; i < ids.size(); i++) {
            assertThat(table.get(ids.get(i))).isSameAs(rows.get(i));
            assertThat(table.get(NodeId.of("n" + i))).isSameAs(rows.get(i));
            assertThat(table.get(strangers.get(i))).isNull();
        }
        table.clear();
        assertThat(table.get(ids.get(0))).isNull();
    }

    /** Tables sharing a directory, as the nodes of a simulation do: each finds only its own rows, also after a restart. */
    @Test
    void tablesSharingADirectoryKeepTheirRowsApart() {
        PeerDirectory directory = new PeerDirectory();
        PeerTable a = new PeerTable(directory);
        PeerTable b = new PeerTable(directory);
        NodeId n1 = NodeId.of("n1");
        NodeId n2 = NodeId.of("n2");
        Peer aboutN1InA = a.add(n1);
        Peer aboutN2InB = b.add(n2);

        assertThat(a.get(n1)).isSameAs(aboutN1InA);
        assertThat(a.get(n2)).isNull();
        assertThat(b.get(n1)).isNull();
        assertThat(b.get(n2)).isSameAs(aboutN2InB);

        Peer aboutN1InB = b.add(n1);
        a.clear();
        assertThat(a.get(n1)).isNull();
        assertThat(b.get(n1)).isSameAs(aboutN1InB);

        Peer again = a.add(n1);
        assertThat(again).isNotSameAs(aboutN1InA);
        assertThat(a.get(n1)).isSameAs(again);
        assertThat(a.get(NodeId.of("n1"))).isSameAs(again);
    }
}
