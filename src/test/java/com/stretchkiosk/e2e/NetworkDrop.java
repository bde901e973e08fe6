package com.stretchkiosk.e2e;

import com.microsoft.playwright.Page;

/**
 * A dropped network as a browser meets it, for the browser tests and the benchmark: every open connection
 * (Vaadin's push) is cut, and while the context is offline no new one can be made. Chromium's offline mode alone
 * only holds an open connection's messages back, which is kinder than a real drop.
 */
public final class NetworkDrop {

    /** Install before the page loads (BrowserContext.addInitScript): it keeps the page's web sockets at hand. */
    public static final String SCRIPT = """
            (() => {
              const Native = window.WebSocket;
              const open = [];
              window.WebSocket = function (...args) { const socket = new Native(...args); open.push(socket); return socket; };
              window.WebSocket.prototype = Native.prototype;
              Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
              window.kioskDropConnections = () => open.splice(0).forEach(socket => socket.close());
            })()""";

    private NetworkDrop() {
    }

    /** Cuts the page's open connections (set its context offline first, so that none comes back before it is online). */
    public static void cut(Page page) {
        page.evaluate("() => window.kioskDropConnections()");
    }
}
