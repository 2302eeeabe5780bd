package dev.praxis.model;

import org.apache.hc.client5.http.io.DetachedSocketFactory;

import java.io.IOException;
import java.net.Proxy;
import java.net.Socket;
import java.nio.channels.SocketChannel;

/**
 * Gives the HTTP client sockets backed by a {@link SocketChannel}, whose blocking reads and writes end when the
 * calling thread is interrupted (the channel is closed and {@link java.nio.channels.ClosedByInterruptException}
 * thrown). A plain {@link Socket} ignores interrupts, and the agent's deadlines cancel a model call by interrupting
 * the thread that makes it. Connections through a SOCKS proxy get a plain socket (a channel cannot use one); the
 * call timeout still bounds them.
 */
final class InterruptibleSockets implements DetachedSocketFactory {

    @Override
    public Socket create(Proxy proxy) throws IOException {
        if (proxy != null && proxy.type() != Proxy.Type.DIRECT) {
            return new Socket(proxy);
        }
        return SocketChannel.open().socket();
    }
}
