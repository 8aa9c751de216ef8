package org.tumorboard.navigator.web;

import org.tumorboard.navigator.intake.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * How odd requests reach the app, so that each is answered like every other error ({@link Problems})
 * instead of by the servlet container's bare page:
 * <ul>
 *   <li>Tomcat passes an encoded slash ({@code ..%2f..%2fetc%2fpasswd}) through undecoded and lets TRACE through
 *   (instead of answering 405 with an {@code Allow} that lists PUT and DELETE); Spring Security's firewall then
 *   rejects the former (400, naming {@code path}) and TRACE or any method it does not know (501 Not Implemented,
 *   naming {@code method}; a method the app knows but an address does not take gets 405 with its true
 *   {@code Allow} from Spring MVC).</li>
 *   <li>What Tomcat answers itself (a request it cannot parse) is problem details with the security headers
 *   ({@link ProblemErrorReportValve}).</li>
 *   <li>Time-outs, threads and the bind address are in {@code application.properties}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatPassesOddRequestsToTheApp() {
        return factory -> {
            factory.addConnectorCustomizers(connector -> {
                connector.setEncodedSolidusHandling("passthrough");
                connector.setAllowTrace(true);
            });
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve.getClass() == ErrorReportValve.class) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                }
            });
        };
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            SecurityConfiguration.writeHeaders(request, response);
            String message = String.valueOf(rejected.getMessage());
            if (message.contains("HTTP method")) {
                request.setAttribute(Problems.FAULTS, List.of(new FieldProblem("method",
                        Faults.echo(request.getMethod()) + " is not implemented by this server")));
                response.sendError(HttpServletResponse.SC_NOT_IMPLEMENTED);
                return;
            }
            FieldProblem fault = message.contains("header") ? new FieldProblem("header", "holds characters that are not allowed")
                    : new FieldProblem("path", "holds characters or sequences that are not allowed (such as an encoded "
                    + "slash, '..', ';' or '//')");
            request.setAttribute(Problems.FAULTS, List.of(fault));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        };
    }
}
