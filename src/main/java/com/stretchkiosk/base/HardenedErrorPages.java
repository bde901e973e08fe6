package com.stretchkiosk.base;

import java.util.Arrays;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The container's own error pages (a request Tomcat refuses before the kiosk sees it, such as a malformed
 * address) carry the same hardening headers as the kiosk's pages, and name neither the server nor its
 * internals. Runs after Spring Boot's own customizer, whose plain error report it replaces.
 */
@Component
class HardenedErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            host.setErrorReportValveClass(HardenedErrorReportValve.class.getName());
            Arrays.stream(host.getPipeline().getValves()).filter(ErrorReportValve.class::isInstance)
                    .forEach(host.getPipeline()::removeValve);
            host.getPipeline().addValve(new HardenedErrorReportValve());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error report, without server details or stack traces, with the kiosk's headers. */
    public static final class HardenedErrorReportValve extends ErrorReportValve {

        public HardenedErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (response.getStatus() >= 400 && !response.isCommitted()) {
                WebHardening.harden(response, false);
            }
            super.report(request, response, throwable);
        }
    }
}
