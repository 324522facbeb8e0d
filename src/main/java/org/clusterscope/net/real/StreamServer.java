package org.clusterscope.net.real;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A node's listening socket for one stream protocol: TCP on a port ({@code t}), or a Unix domain
 * socket at a path ({@code u}). A thread of its own accepts connections and hands each to
 * {@code accepted}.
 */
final class StreamServer {

    private final ServerSocketChannel server;
    private final Protocol protocol;
    private final Path path;
    private volatile boolean open = true;

    private StreamServer(ServerSocketChannel server, Protocol protocol, Path path) {
        this.server = server;
        this.protocol = protocol;
        this.path = path;
    }

    /** Listens on {@code address:port}; throws {@link java.net.BindException} when the port is taken. */
    static StreamServer tcp(InetAddress address, int port) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.INET);
        try {
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(new InetSocketAddress(address, port), 64);
            return new StreamServer(server, Protocol.TCP, null);
        } catch (IOException e) {
            server.close();
            throw e;
        }
    }

    /** Listens at {@code path}, replacing a socket file a dead process left there. */
    static StreamServer unix(Path path) throws IOException {
        Files.deleteIfExists(path);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(path), 64);
            return new StreamServer(server, Protocol.UNIX, path);
        } catch (IOException e) {
            server.close();
            throw e;
        }
    }

    /** The TCP port listened on (0 for a Unix socket). */
    int port() {
        try {
            return server.getLocalAddress() instanceof InetSocketAddress inet ? inet.getPort() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    Path path() {
        return path;
    }

    Protocol protocol() {
        return protocol;
    }

    void start(String threadName, Consumer<SocketChannel> accepted) {
        Thread acceptor = new Thread(() -> {
            while (open) {
                try {
                    accepted.accept(server.accept());
                } catch (IOException e) {
                    if (!server.isOpen()) {
                        return;
                    }
                }
            }
        }, threadName);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    void close() {
        open = false;
        try {
            server.close();
        } catch (IOException e) {
            // already gone
        }
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a leftover socket file is replaced at the next bind
            }
        }
    }
}
