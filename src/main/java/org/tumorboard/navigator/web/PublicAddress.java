package org.tumorboard.navigator.web;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * This server's address as its users reach it, for the few absolute addresses the app writes (links in CDS Hooks
 * cards): {@code tumorboard.public-url} where it is set (behind a proxy, say {@code https://tumorboard.example.org}),
 * else the address and port the server is bound to ({@code http://127.0.0.1:8080}). Never the request's
 * {@code Host} header, which any client may set; redirects are relative
 * ({@code server.tomcat.use-relative-redirects}).
 */
@Component
public class PublicAddress implements ApplicationListener<WebServerInitializedEvent> {

    private final String configured;
    private final String bound;
    private volatile int port = -1;

    PublicAddress(@Value("${tumorboard.public-url:}") String configured,
                  @Value("${server.address:127.0.0.1}") String bound) {
        this.configured = configured(configured.strip());
        this.bound = bound.contains(":") && !bound.startsWith("[") ? "[" + bound + "]" : bound;
    }

    private static String configured(String url) {
        if (url.isEmpty()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("tumorboard.public-url is not an address: " + url);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalStateException("tumorboard.public-url must be an http or https address without query, "
                    + "e.g. https://tumorboard.example.org");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    /** The address every absolute link starts with, without a trailing slash. */
    public String base() {
        if (configured != null) {
            return configured;
        }
        String host = "0.0.0.0".equals(bound) || "[::]".equals(bound) ? "127.0.0.1" : bound;
        return port < 0 ? "http://localhost" : "http://" + host + ":" + port;
    }
}
