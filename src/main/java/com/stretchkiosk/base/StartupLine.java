package com.stretchkiosk.base;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one line a person starting the kiosk needs: which address to open (on this machine and from a tablet
 * on the studio's network), and on an empty database that the first manager is created there. The libraries'
 * own start-up chatter is kept to warnings (application.properties).
 */
@Component
class StartupLine {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLine.class);

    private final String publicAddress;
    private final StudioSetup setup;

    StartupLine(@Value("${kiosk.public-address:}") String publicAddress, StudioSetup setup) {
        this.publicAddress = publicAddress;
        this.setup = setup;
    }

    @EventListener
    void ready(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        LOG.info(line(web.getWebServer().getPort(), publicAddress, lanAddresses(), setup.needsFirstManager()));
    }

    static String line(int port, String publicAddress, List<String> lanAddresses, boolean needsFirstManager) {
        StringBuilder line = new StringBuilder("Stretch Kiosk is ready: open ");
        if (!publicAddress.isBlank()) {
            line.append(publicAddress.strip());
        } else {
            line.append("http://localhost:").append(port);
            if (!lanAddresses.isEmpty()) {
                line.append(" here, or ").append(String.join(" or ", lanAddresses.stream().map(a -> "http://" + a + ":" + port).toList()))
                        .append(" from a tablet on this network");
            }
        }
        line.append(needsFirstManager ? ". The database is empty: the first manager is created on that page." : ".");
        return line.toString();
    }

    /** This machine's IPv4 addresses on the local network (not loopback), as a tablet would reach it. */
    private static List<String> lanAddresses() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(StartupLine::isUp)
                    .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && a.isSiteLocalAddress())
                    .map(InetAddress::getHostAddress).sorted().limit(2).toList();
        } catch (SocketException e) {
            return List.of();
        }
    }

    private static boolean isUp(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp() && !networkInterface.isLoopback() && !networkInterface.isVirtual();
        } catch (SocketException e) {
            return false;
        }
    }
}
