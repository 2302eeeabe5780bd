package dev.praxis.model;

import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;

import java.net.ProxySelector;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Routes through the proxy the JVM's {@link ProxySelector} names ({@code http.proxyHost}, {@code https.proxyHost},
 * {@code http.nonProxyHosts}...), asked once per target host rather than on every call: the default selector reads
 * system properties under a global lock, which a thousand concurrent calls would queue on. A model talks to one or
 * two hosts, so the cache stays that small.
 */
final class ProxyRoutePlanner extends SystemDefaultRoutePlanner {

    private final Map<HttpHost, Optional<HttpHost>> proxies = new ConcurrentHashMap<>();

    ProxyRoutePlanner() {
        super(ProxySelector.getDefault());
    }

    @Override
    protected HttpHost determineProxy(HttpHost target, HttpContext context) throws HttpException {
        Optional<HttpHost> proxy = proxies.get(target);
        if (proxy == null) {
            proxy = Optional.ofNullable(super.determineProxy(target, context));
            proxies.putIfAbsent(target, proxy);
        }
        return proxy.orElse(null);
    }
}
