package org.clusterscope.gui.doc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.clusterscope.core.NodeId;

/**
 * The topology being edited: nodes with canvas positions and links with settings, in insertion
 * order (which is the scenario order written back to a file). Only {@link EditCommand}s change
 * it, through {@link CommandStack}, so every edit can be undone. Listeners hear of every change;
 * the view models turn that into properties.
 */
public final class TopologyDocument {

    /** The first port handed to a new node when no node exists yet (SCENARIO_FORMAT.md "nodes"). */
    public static final int FIRST_PORT = 8081;

    private final Map<NodeId, DocNode> nodes = new LinkedHashMap<>();
    private final Map<LinkKey, DocLink> links = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private String title = "Untitled";
    private long revision;

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public long revision() {
        return revision;
    }

    public String title() {
        return title;
    }

    public List<DocNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<DocLink> links() {
        return List.copyOf(links.values());
    }

    public Optional<DocNode> node(NodeId id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public Optional<DocLink> link(LinkKey key) {
        return Optional.ofNullable(links.get(key));
    }

    public boolean contains(NodeId id) {
        return nodes.containsKey(id);
    }

    public boolean contains(LinkKey key) {
        return links.containsKey(key);
    }

    /** The links that touch {@code node}, in document order. */
    public List<DocLink> linksOf(NodeId node) {
        return links.values().stream().filter(link -> link.key().touches(node)).toList();
    }

    /** The smallest {@code n<k>} not in use, so a new node gets a short, readable id. */
    public NodeId nextFreeId() {
        for (int k = 1; ; k++) {
            NodeId candidate = NodeId.of("n" + k);
            if (!nodes.containsKey(candidate)) {
                return candidate;
            }
        }
    }

    /** The smallest port from {@link #FIRST_PORT} up that no node uses. */
    public int nextFreePort() {
        TreeSet<Integer> used = new TreeSet<>();
        nodes.values().forEach(node -> used.add(node.port()));
        int port = FIRST_PORT;
        while (used.contains(port)) {
            port++;
        }
        return port;
    }

    // ---- changes; package-private so that only commands make them -------------------------

    void putNode(DocNode node) {
        nodes.put(node.id(), node);
        changed();
    }

    /** Puts a node back at its former place in the order, for undo. */
    void insertNode(int index, DocNode node) {
        List<DocNode> order = new ArrayList<>(nodes.values());
        order.add(Math.min(index, order.size()), node);
        nodes.clear();
        order.forEach(each -> nodes.put(each.id(), each));
        changed();
    }

    int indexOf(NodeId id) {
        return new ArrayList<>(nodes.keySet()).indexOf(id);
    }

    void removeNode(NodeId id) {
        nodes.remove(id);
        changed();
    }

    void putLink(DocLink link) {
        links.put(link.key(), link);
        changed();
    }

    void removeLink(LinkKey key) {
        links.remove(key);
        changed();
    }

    void setTitle(String newTitle) {
        title = newTitle;
        changed();
    }

    /** Replaces everything at once (open, new); not undoable, the command stack is cleared too. */
    public void replaceAll(String newTitle, Collection<DocNode> newNodes, Collection<DocLink> newLinks) {
        nodes.clear();
        links.clear();
        newNodes.forEach(node -> nodes.put(node.id(), node));
        newLinks.forEach(link -> links.put(link.key(), link));
        title = newTitle;
        changed();
    }

    private void changed() {
        revision++;
        listeners.forEach(Runnable::run);
    }
}
