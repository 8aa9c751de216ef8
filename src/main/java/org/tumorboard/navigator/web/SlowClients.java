package org.tumorboard.navigator.web;

import java.time.Duration;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Slow clients cannot take the server down (docs/operations.md, "Slow clients"): a connection has
 * {@link #HEADERS} for each request's line and headers ({@link ConnectionDeadlines}) and {@link #BODY} from then for
 * its body ({@link BodyDeadlineFilter}, which reads bodies without holding a thread), so every stalled or trickling
 * connection is closed within about {@code HEADERS + BODY} of its start whatever it sends, while normal requests are
 * answered. A body that is not read (answered early) is never swallowed: its connection is closed
 * ({@code server.tomcat.max-swallow-size=0}).
 */
@Configuration(proxyBeanMethods = false)
class SlowClients {

    static final Duration HEADERS = Duration.ofSeconds(4);
    static final Duration BODY = Duration.ofSeconds(5);
    /** More than any door takes (a FHIR Bundle: 512 KiB). */
    static final int MAX_BODY = 1 << 20;

    @Bean(destroyMethod = "stop")
    ConnectionDeadlines connectionDeadlines() {
        return new ConnectionDeadlines(HEADERS);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> deadlines(ConnectionDeadlines deadlines) {
        return factory -> {
            factory.setProtocol(ConnectionDeadlines.Protocol.class.getName());
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof ConnectionDeadlines.Protocol protocol) {
                    deadlines.watch(protocol);
                }
            });
            factory.addContextCustomizers(context -> {
                FilterDef def = new FilterDef();
                def.setFilterName("bodyDeadline");
                def.setFilter(new BodyDeadlineFilter(deadlines, BODY, MAX_BODY));
                def.setAsyncSupported("true");
                context.addFilterDef(def);
                FilterMap map = new FilterMap();
                map.setFilterName("bodyDeadline");
                map.addURLPattern("/*");
                map.setDispatcher("REQUEST");
                map.setDispatcher("ASYNC");
                context.addFilterMapBefore(map);
            });
        };
    }
}
